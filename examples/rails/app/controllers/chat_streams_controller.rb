# Path 1: the reply as server-sent events, in the `rubyllm` wire format that <chat-stream> reads.
#   data: "<chunk.content as JSON>"   one per RubyLLM chunk
#   event: complete / data: {}        the reply ended
#   event: error / data: {"error":…}  the reply failed (the partial text stays on the page)
class ChatStreamsController < ApplicationController
  include ActionController::Live

  # POST /chats/:id/stream   body: {"prompt": "...", "messages": [...]}
  # The element sends the CSRF token in X-CSRF-Token (see docs/rails.md), so protect_from_forgery
  # stays on.
  def create
    chat = Chat.find(params[:id])
    response.headers["Content-Type"] = "text/event-stream"
    response.headers["Cache-Control"] = "no-cache"
    # Proxies (nginx) must not hold the stream back.
    response.headers["X-Accel-Buffering"] = "no"
    # Rack::ETag would buffer the body to hash it; a Last-Modified header makes it step aside.
    response.headers["Last-Modified"] = Time.now.httpdate

    chat.ask(params.require(:prompt)) do |chunk|
      next if chunk.content.blank?

      response.stream.write "data: #{chunk.content.to_json}\n\n"
    end
    response.stream.write "event: complete\ndata: {}\n\n"
  rescue ActionController::Live::ClientDisconnected
    # The reader pressed stop or left: nothing to report.
  rescue StandardError => e
    response.stream.write "event: error\ndata: #{ { error: e.message }.to_json }\n\n"
  ensure
    response.stream.close
  end
end

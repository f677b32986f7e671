# Path 1: the reply as server-sent events, in the `rubyllm` wire format that <chat-stream> reads
# (RubyLLM's "Add Streaming Responses" shape):
#   data: "<chunk.content as JSON>"   one per chunk with text
#   event: complete / data: {…}       the reply ended
#   event: error / data: {"error":…}  the reply failed (the partial text stays on the page)
# The call runs in the request: when the reader presses Stop (or leaves), the next write fails
# with ClientDisconnected and the call ends there, so no tokens are spent on a reply nobody reads.
class ChatStreamsController < ApplicationController
  include ActionController::Live

  # POST /chats/:id/stream   body: {"prompt": "...", "messages": [...]}, X-CSRF-Token header.
  def create
    chat = Chat.find(params[:id])
    response.headers["Content-Type"] = "text/event-stream"
    response.headers["Cache-Control"] = "no-cache"
    # Proxies (nginx) must not hold the stream back.
    response.headers["X-Accel-Buffering"] = "no"
    # Rack::ETag would buffer the body to hash it; a Last-Modified header makes it step aside.
    response.headers["Last-Modified"] = Time.now.httpdate
    uncork

    chat.ask(params.require(:prompt)) do |chunk|
      next if chunk.content.blank?

      response.stream.write "data: #{chunk.content.to_json}\n\n"
    end
    reply = chat.messages.last
    response.stream.write "event: complete\ndata: #{reply.slice(:input_tokens, :output_tokens).to_json}\n\n"
  rescue ActionController::Live::ClientDisconnected, IOError
    # The reader pressed Stop or left; Chat#ask saved the reply as stopped.
  rescue StandardError => e
    response.stream.write "event: error\ndata: #{{ error: e.message }.to_json}\n\n"
  ensure
    response.stream.close
  end

  private

  # Puma 5 sets TCP_CORK on the socket for the whole response, so Linux holds small writes for up
  # to 200 ms and a streamed reply arrives in bursts. Uncorking lets each chunk leave as written.
  def uncork
    socket = request.env["puma.socket"]
    return unless socket.respond_to?(:setsockopt) && defined?(Socket::TCP_CORK)

    socket.setsockopt(Socket::IPPROTO_TCP, Socket::TCP_CORK, 0)
    socket.setsockopt(Socket::IPPROTO_TCP, Socket::TCP_NODELAY, 1)
  rescue SystemCallError, IOError
    nil
  end
end

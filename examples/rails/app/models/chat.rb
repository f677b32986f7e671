# What RubyLLM's `acts_as_chat` adds to the Chat model, written out (the gem is not in Debian):
# `ask` saves the user's message and an empty assistant reply, streams the model's chunks to the
# block, and saves the reply when the call ends. Each chunk also goes to the reply's ReplyLog, so
# a reloaded page can show the text so far and pick up the rest.
class Chat < ApplicationRecord
  has_many :messages, -> { order(:id) }, dependent: :destroy

  def ask(content, &block)
    messages.create!(role: "user", content: content)
    reply = messages.create!(role: "assistant", content: "", status: "streaming", model_id: model_id)
    log = ReplyLog.new(reply.id)
    text = +""
    response = RubyLLM.chat(model: model_id || "stand-in-1").ask(content) do |chunk|
      # Asked to stop (the channel's `stop` action): end the call before taking more of it.
      raise ReplyLog::Stopped if log.stop_requested?

      log.produced!
      text << chunk.content.to_s
      log.append(chunk.to_h)
      block&.call(chunk, reply)
    end
    usage = { input_tokens: response.input_tokens, output_tokens: response.output_tokens }
    finish(reply, log, "complete", text, event: { event: "complete", data: usage }, **usage)
  rescue ReplyLog::Stopped
    finish(reply, log, "stopped", text)
  rescue ActionController::Live::ClientDisconnected, IOError
    # The reader's connection closed (Stop, or the page went away): the call ends here.
    finish(reply, log, "stopped", text)
    raise
  rescue StandardError => e
    finish(reply, log, "error", text, event: { event: "error", data: { error: e.message } }) if reply
    raise
  end

  private

  def finish(reply, log, status, text, event: nil, **attributes)
    log.append(event) if event
    log.finish!(status)
    # acts_as_message's after_update_commit broadcasts the saved message (the Turbo replace).
    reply.update!(content: text, status: status, **attributes)
    reply
  end
end

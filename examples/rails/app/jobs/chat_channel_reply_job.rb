# Path 3: the reply, broadcast to ChatChannel as RubyLLM chunk objects ({content, thinking,
# citations, model_id, input_tokens, output_tokens}), then {event: "complete"} or
# {event: "error"}. Each broadcast carries `seq`, its position in the reply (0, 1, 2, …): the
# transport's `sequence: "seq"` puts broadcasts back in order when ActionCable's worker pool swaps
# them, and a page reloaded mid-reply subscribes with `after: <seq>` to get the events after it.
# The channel's `stop` action ends the call (Chat#ask checks between chunks).
class ChatChannelReplyJob < ApplicationJob
  def perform(chat_id, prompt)
    chat = Chat.find(chat_id)
    seq = -1
    chat.ask(prompt) do |chunk|
      ChatChannel.broadcast_to(chat, chunk.to_h.merge(seq: seq += 1))
    end
  rescue StandardError => e
    Rails.logger.warn("reply failed: #{e.message}")
  ensure
    # The reply's last event (complete or error), as ask logged it.
    reply = chat&.messages&.last
    ReplyLog.new(reply.id).events_after(seq).each { |event| ChatChannel.broadcast_to(chat, event) } if reply
  end
end

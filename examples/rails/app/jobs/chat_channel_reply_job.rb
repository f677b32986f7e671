# Path 3: the reply, broadcast to ChatChannel as chunk objects, then {event: "complete"}.
# Each broadcast carries `seq` (0, 1, 2, …): ActionCable hands broadcasts to a worker pool
# (worker_pool_size, 4 by default) and can swap two sent back to back; the transport's
# `sequence: "seq"` option puts them back in order.
class ChatChannelReplyJob < ApplicationJob
  def perform(chat_id, prompt)
    seq = -1
    publish = nil
    chat = Chat.find(chat_id)
    publish = ->(message) { ChatChannel.broadcast_to(chat, message.merge(seq: seq += 1)) }

    chat.ask(prompt) do |chunk|
      # A RubyLLM::Chunk as JSON: content, tool_calls, input_tokens, output_tokens, model_id.
      publish.call({ content: chunk.content,
                     tool_calls: chunk.tool_calls&.transform_values(&:to_h),
                     input_tokens: chunk.input_tokens, output_tokens: chunk.output_tokens,
                     model_id: chunk.model_id }.compact)
    end
    publish.call({ event: "complete", data: {} })
  rescue StandardError => e
    publish&.call({ event: "error", data: { error: e.message } })
  end
end

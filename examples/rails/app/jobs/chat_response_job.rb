# Path 2: Turbo Streams, as RubyLLM's Rails generator writes it. Each chunk is appended, escaped,
# into the <chat-message> whose id is "message_<id>_content"; when the reply is saved the whole
# message partial is broadcast as a replace (acts_as_message's after_update_commit does that in
# the generated app). <chat-message> renders appended text as markdown progressively and takes
# the replace without flicker or duplicated text.
class ChatResponseJob < ApplicationJob
  def perform(chat_id, content)
    chat = Chat.find(chat_id)
    chat.ask(content) do |chunk|
      next if chunk.content.blank?

      message = chat.messages.last
      message.broadcast_append_to "chat_#{chat.id}",
                                  target: "message_#{message.id}_content",
                                  content: ERB::Util.html_escape(chunk.content)
    end
    # After the reply is persisted: one replace of the whole message.
    message = chat.messages.last
    message.broadcast_replace_to "chat_#{chat.id}", target: "message_#{message.id}",
                                                    partial: "messages/message", locals: { message: message }
  end
end

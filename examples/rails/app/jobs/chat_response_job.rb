# Path 2: Turbo Streams, as RubyLLM's Rails guide writes the job. Each chunk is appended into the
# reply's <chat-message id="message_<id>_content">; when the reply is saved, Message's
# after_update_commit broadcasts the whole message as a replace.
#
# Escape each chunk: Turbo inserts a stream's template as HTML, before any of our code sees it, so
# markup in a model's reply would otherwise become elements (and scripts' event handlers) on the
# page. The guide's `html: chunk.content` is kept behind `raw_html` so the tests can show the difference.
class ChatResponseJob < ApplicationJob
  def perform(chat_id, content, raw_html: false)
    chat = Chat.find(chat_id)
    # The guide takes `chat.messages.last` here, which is another reply's message when two replies
    # stream in one chat at once; the written-out `ask` hands over its own reply instead.
    chat.ask(content) do |chunk, message|
      next if chunk.content.blank?

      message.broadcast_append_to message.stream, target: "message_#{message.id}_content",
                                                  html: raw_html ? chunk.content : ERB::Util.html_escape(chunk.content)
    end
  end
end

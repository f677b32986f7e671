# What `acts_as_message` and the generator's `broadcasts_to` give the Message model: a new message
# is appended to the chat's page, a saved one replaces its old self there (Turbo Streams).
class Message < ApplicationRecord
  include ActionView::RecordIdentifier

  belongs_to :chat

  after_create_commit { broadcast_append_to stream, target: "messages", partial: "messages/message", locals: { message: self } }
  after_update_commit { broadcast_replace_to stream, target: dom_id(self), partial: "messages/message", locals: { message: self } }

  def stream = "chat_#{chat_id}"
  def streaming? = status == "streaming"

  # The text to render now: while streaming, what the reply has streamed so far (from its log),
  # with the position of its last event, for the page to pick up after it.
  def content_so_far
    return [content, nil] unless streaming?

    ReplyLog.new(id).snapshot
  end
end

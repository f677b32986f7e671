# Path 3: a channel that streams replies for createActionCableTransport.
#   JS: createActionCableTransport({ channel: { channel: "ChatChannel", chat_id: 1 }, sequence: "seq" })
# The transport subscribes, then performs `ask` with {"prompt", "messages"}.
class ChatChannel < ApplicationCable::Channel
  def subscribed
    @chat = current_user.chats.find_by(id: params[:chat_id])
    # A rejected subscription shows as an error on the reply, not a silent wait.
    return reject unless @chat

    stream_for @chat
  end

  def ask(data)
    ChatChannelReplyJob.perform_later(@chat.id, data["prompt"])
  end
end

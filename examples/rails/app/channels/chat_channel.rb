# Path 3: the channel createActionCableTransport talks to.
#   subscribe  {channel: "ChatChannel", chat_id: 7}              a reply is about to be asked for
#              {channel: "ChatChannel", chat_id: 7, after: 12}   a reloaded page picks its reply up
#   ask        {prompt, messages}                                starts the reply (a job)
#   stop       {}                                                ends the reply being produced
class ChatChannel < ApplicationCable::Channel
  def subscribed
    # In your app: current_user.chats.find_by(…). A rejected subscription shows as an error.
    @chat = Chat.find_by(id: params[:chat_id])
    return reject unless @chat

    stream_for @chat
    resume(params[:after]) if params.key?(:after)
  end

  def ask(data)
    ChatChannelReplyJob.perform_later(@chat.id, data.fetch("prompt"))
  end

  # The reader pressed Stop: the job ends the model's call before its next chunk.
  def stop(_data = {})
    @chat.messages.where(status: "streaming").find_each { |message| ReplyLog.new(message.id).stop! }
  end

  private

  # The events of the streaming reply after position `after`. Broadcasts may also bring some of
  # them again (streaming started above); the transport drops repeats by `seq`.
  def resume(after)
    reply = @chat.messages.where(role: "assistant").last
    ReplyLog.new(reply.id).events_after(after).each { |event| transmit event } if reply
  end
end

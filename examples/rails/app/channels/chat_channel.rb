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
    return stream_for(@chat) unless params.key?(:after)

    # Picking a reply up after event `after`: its events come from the reply's log, which has
    # every event before it is broadcast; a broadcast only says there is more. The transport drops
    # any event it already has (by `seq`).
    @reply_log = ReplyLog.new(@chat.messages.where(role: "assistant").last&.id)
    @sent = params[:after].to_i
    @sending = Mutex.new
    stream_for(@chat) { |_broadcast| send_from_log }
  end

  def ask(data)
    ChatChannelReplyJob.perform_later(@chat.id, data.fetch("prompt"))
  end

  # The reader pressed Stop: the job ends the model's call before its next chunk.
  def stop(_data = {})
    @chat.messages.where(status: "streaming").find_each { |message| ReplyLog.new(message.id).stop! }
  end

  private

  # ActionCable starts the stream on its event loop a moment after `subscribed` returns and
  # confirms the subscription once it is live: from then on no broadcast is missed, so that is
  # when the log is read for what came before.
  def ensure_confirmation_sent
    super
    send_from_log if @reply_log && subscription_confirmation_sent?
  end

  def send_from_log
    @sending.synchronize do
      @reply_log.events_after(@sent).each do |event|
        transmit event
        @sent = event[:seq]
      end
    end
  end
end

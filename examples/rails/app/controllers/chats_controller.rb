# The pages: one per way of streaming a reply, each showing the chat saved so far.
class ChatsController < ApplicationController
  before_action :set_chat, except: %i[index create]

  def index
    @chats = Chat.order(id: :desc).limit(20)
  end

  def create
    chat = Chat.create!(model_id: "stand-in-1")
    respond_to do |format|
      format.html { redirect_to chat_path(chat) }
      format.json { render json: { id: chat.id } }
    end
  end

  # Path 1: <chat-stream> posting to the SSE route.
  def show; end

  # Path 2: Turbo Streams into <chat-message> elements.
  def turbo; end

  # Path 3: <chat-stream> over ActionCable.
  def cable; end

  # The Turbo page's Stop button: the model's call for each streaming reply ends before its next
  # chunk, and the reply is saved (and broadcast) as stopped.
  def stop
    @chat.messages.where(status: "streaming").find_each { |message| ReplyLog.new(message.id).stop! }
    respond_to do |format|
      format.turbo_stream { head :no_content }
      format.html { redirect_to turbo_chat_path(@chat) }
    end
  end

  # What the server did, for the tests and for curiosity: each message, and for each reply how
  # many chunks the model produced and whether the call is still running.
  def state
    render json: @chat.messages.map { |message|
      log = ReplyLog.new(message.id)
      message.slice(:id, :role, :status, :content).merge(produced: log.produced, call: log.state)
    }
  end

  private

  def set_chat
    @chat = Chat.find(params[:id])
  end
end

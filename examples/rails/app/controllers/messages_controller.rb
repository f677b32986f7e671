# Path 2: the Turbo page's form. The reply streams in through the chat's Turbo Stream; the
# response only puts a fresh form in place of the sent one.
class MessagesController < ApplicationController
  def create
    chat = Chat.find(params[:chat_id])
    ChatResponseJob.perform_later(chat.id, params.require(:content), raw_html: params[:raw_html] == "1")
    respond_to do |format|
      format.turbo_stream do
        form = render_to_string(partial: "chats/form", locals: { chat: chat }, formats: :html)
        render body: %(<turbo-stream action="replace" target="new_message"><template>#{form}</template></turbo-stream>),
               content_type: "text/vnd.turbo-stream.html"
      end
      format.html { redirect_to turbo_chat_path(chat) }
    end
  end
end

# A stand-in for the part of turbo-rails (not in Debian) that this app uses, compatible with the
# browser side of @hotwired/turbo-rails: `<turbo-cable-stream-source>` subscribes to
# Turbo::StreamsChannel with a signed stream name, and broadcasts are `<turbo-stream>` elements.
# Signing works as turbo-rails does it (a MessageVerifier keyed from the app's secret), so a page
# can only listen to the streams the server rendered for it.
module Turbo
  def self.signed_stream_verifier
    @signed_stream_verifier ||= ActiveSupport::MessageVerifier.new(
      Rails.application.key_generator.generate_key("turbo/signed_stream_verifier_key"), digest: "SHA256", serializer: JSON
    )
  end

  # "chat_7", or [chat, :messages] → "gid://…/Chat/7:messages", as turbo-rails names streams.
  def self.stream_name_from(streamables)
    Array(streamables).map { |part| part.respond_to?(:to_gid_param) ? part.to_gid_param : part.to_param }.join(":")
  end

  def self.signed_stream_name(streamables) = signed_stream_verifier.generate(stream_name_from(streamables))

  # One `<turbo-stream>` action, broadcast to everyone listening to `streamables`. `html` goes in
  # as it is: Turbo inserts it as markup, so escape text (ERB::Util.html_escape) before passing it.
  def self.broadcast_action_to(streamables, action:, target:, html: nil, partial: nil, locals: {})
    html = ApplicationController.render(partial: partial, locals: locals) if partial
    ActionCable.server.broadcast stream_name_from(streamables),
                                 %(<turbo-stream action="#{action}" target="#{ERB::Util.html_escape(target)}"><template>#{html}</template></turbo-stream>)
  end

  class StreamsChannel < ActionCable::Channel::Base
    def subscribed
      stream_name = Turbo.signed_stream_verifier.verified(params[:signed_stream_name].to_s)
      stream_name ? stream_from(stream_name) : reject
    end
  end

  # `message.broadcast_append_to(...)` and friends, as Turbo::Broadcastable adds them to models.
  module Broadcastable
    extend ActiveSupport::Concern

    def broadcast_append_to(*streamables, target:, html: nil, partial: nil, locals: {})
      Turbo.broadcast_action_to(streamables, action: "append", target: target, html: html, partial: partial, locals: locals)
    end

    def broadcast_replace_to(*streamables, target:, html: nil, partial: nil, locals: {})
      Turbo.broadcast_action_to(streamables, action: "replace", target: target, html: html, partial: partial, locals: locals)
    end
  end

  module StreamsHelper
    # <turbo-cable-stream-source> for the page to receive the broadcasts of `streamables`.
    def turbo_stream_from(*streamables)
      tag.turbo_cable_stream_source(channel: "Turbo::StreamsChannel", "signed-stream-name": Turbo.signed_stream_name(streamables))
    end
  end
end

ActiveSupport.on_load(:action_view) { include Turbo::StreamsHelper }
ActiveSupport.on_load(:active_record) { include Turbo::Broadcastable }

# Turbo's form submissions accept this type; a response in it is applied as stream actions.
Mime::Type.register "text/vnd.turbo-stream.html", :turbo_stream unless Mime[:turbo_stream]

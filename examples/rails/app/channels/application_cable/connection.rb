module ApplicationCable
  # In your app: `identified_by :current_user` from the session cookie, rejecting strangers with
  # reject_unauthorized_connection. This example has no accounts, so every visitor is a guest.
  class Connection < ActionCable::Connection::Base
    identified_by :visitor

    def connect
      self.visitor = cookies.encrypted[:visitor] || "guest"
    end
  end
end

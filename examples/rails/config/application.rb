require_relative "boot"

require "rails"
require "active_record/railtie"
require "active_job/railtie"
require "action_controller/railtie"
require "action_view/railtie"
require "action_cable/engine"

module ChatExample
  # A small Rails 6.1 application showing RubyLLM replies streamed into chat-stream-elements three
  # ways: server-sent events, Turbo Streams and an ActionCable channel. It boots offline from
  # Debian's packages; RubyLLM and turbo-rails are not packaged, so lib/ holds small stand-ins.
  class Application < Rails::Application
    config.load_defaults 6.1
    config.root = File.expand_path("..", __dir__)
    config.eager_load = false
    config.consider_all_requests_local = true
    config.secret_key_base = ENV.fetch("SECRET_KEY_BASE", "example-only-not-secret-#{'0' * 40}")
    config.active_job.queue_adapter = :async
    # Replies keep their events here until they complete, so a reloaded page can pick them up.
    config.cache_store = :memory_store, { size: 64 * 1024 * 1024 }
    # In-process broadcasts, delivered by one worker: ActionCable's `async` adapter and a pool of
    # four can swap two broadcasts sent back to back, which would let a Turbo append land after
    # the final replace. (With Redis in production, number the broadcasts: see ChatChannelReplyJob.)
    config.action_cable.cable = { "adapter" => "inline" }
    config.action_cable.worker_pool_size = 1
    config.action_cable.mount_path = "/cable"
    # The test pages and bin/dev's page come from localhost on any port.
    config.action_cable.allowed_request_origins = [%r{\Ahttps?://(localhost|127\.0\.0\.1)(:\d+)?\z}]
    config.hosts.clear
    # Requests and SQL with RAILS_LOG_LEVEL=debug; warnings and errors otherwise.
    config.logger = ActiveSupport::Logger.new($stderr)
    config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "warn").to_sym
  end
end

Rails.application.routes.draw do
  root "chats#index"

  resources :chats, only: %i[index create show] do
    member do
      get :turbo
      get :cable
      get :state
      post :stop
      # Path 1: the SSE route <chat-stream src> posts to.
      post :stream, to: "chat_streams#create"
    end
    # Path 2: the Turbo page's form.
    resources :messages, only: :create
  end

  # The browser side: Turbo (turbo-rails' own bundle) and this repository's build, as
  # importmap-rails or jsbundling-rails would serve them in your app.
  repository = File.expand_path("../../..", __dir__)
  mount Rack::Files.new(File.join(repository, "node_modules/@hotwired/turbo-rails/app/assets/javascripts")) => "/assets/turbo"
  mount Rack::Files.new(File.join(repository, "dist")) => "/assets/chat-stream-elements"
end

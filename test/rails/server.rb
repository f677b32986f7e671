# A real Ruby peer for the transport tests, built only from Debian's packages (ruby, ruby-sinatra,
# ruby-actioncable, puma, ruby-rack): no gems from the internet. The Rails example itself
# (examples/rails, tested by test/rails/app) covers the happy paths, Stop and reloads; this peer
# has the knobs for faults a real app rarely shows on demand (cut connections, error events,
# rejected subscriptions, bursts that ActionCable reorders).
#
#   ruby test/rails/server.rb      prints "RUBY_PEER_PORT=<port>" once it listens on 127.0.0.1
#
# It serves our design's two Rails paths:
#   POST /chat?scenario=…   SSE written exactly as the Rails route writes it from RubyLLM chunks:
#                           `data: #{chunk.content.to_json}\n\n`, then `event: complete\ndata: {}\n\n`,
#                           or `event: error\ndata: #{ {error: e.message}.to_json }\n\n`.
#                           scenario: ok | error | cut | gated (waits for POST /release?gate=…)
#   /cable                  ActionCable 6.1, standalone, in-process `async` adapter: ChatChannel
#                           streams `chat_<chat_id>`; its `ask` action broadcasts a reply.
#   GET /cable-log?chat_id= what the channel saw (subscribed, ask, stop, unsubscribed), for assertions.
# It exits when its stdin closes, so it never outlives the test runner that spawned it.
$stdout.sync = true

require 'json'
require 'logger'
require 'sinatra/base'
require 'action_cable'
require 'puma'
require 'puma/server'

module RubyPeer
  # What the model "says": multi-byte characters, quotes, backslashes, HTML and newlines, so the
  # bytes on the wire need real JSON escaping and UTF-8 decoding.
  REPLY_CHUNKS = ['Grüße, ', '"friend"', ' 👋', "\nLine two: ", '<b>&amp;</b> ', '日本語', " \\ done."].freeze
  CSRF_TOKEN = 'peer-csrf-token'

  # Stands in for RubyLLM::Chunk: the route only reads `content`.
  Chunk = Struct.new(:content, :tool_calls, keyword_init: true)

  # Stands in for `chat.ask(prompt) { |chunk| … }`: the first chunk echoes the prompt, so tests can
  # see the request body arrived.
  def self.ask(prompt)
    yield Chunk.new(content: "You said: #{prompt}\n")
    REPLY_CHUNKS.each do |text|
      sleep 0.01
      yield Chunk.new(content: text)
    end
  end

  GATES = Hash.new { |hash, key| hash[key] = Queue.new }
  GATES_LOCK = Mutex.new
  def self.gate(name) = GATES_LOCK.synchronize { GATES[name] }

  # Waits up to 10 s for POST /release?gate=name (Ruby 3.1's Queue#pop has no timeout).
  def self.wait_for(name)
    queue = gate(name)
    1000.times do
      return queue.pop(true)
    rescue ThreadError
      sleep 0.01
    end
  end

  # Puma 5 sets TCP_CORK on the socket for the whole response, so the kernel holds small writes
  # for up to 200 ms and a streamed reply arrives in bursts. Uncorking once, before the first
  # write, lets each chunk leave as it is written.
  def self.uncork(env)
    socket = env['puma.socket']
    return unless socket.respond_to?(:setsockopt) && Socket.const_defined?(:TCP_CORK)

    socket.setsockopt(Socket::IPPROTO_TCP, Socket::TCP_CORK, 0)
    socket.setsockopt(Socket::IPPROTO_TCP, Socket::TCP_NODELAY, 1)
  rescue SystemCallError, IOError
    nil
  end

  LOG = Hash.new { |hash, key| hash[key] = [] }
  LOG_LOCK = Mutex.new
  def self.log(chat_id, entry) = LOG_LOCK.synchronize { LOG[chat_id.to_s] << entry }
  def self.log_of(chat_id) = LOG_LOCK.synchronize { LOG[chat_id.to_s].dup }
end

# --- Path 1: the SSE route ------------------------------------------------------------------------
class SseApp < Sinatra::Base
  # rack-protection would refuse the test page's cross-origin POST; CSRF is checked below the way
  # Rails does it (the X-CSRF-Token header).
  set :protection, false
  set :logging, false
  set :show_exceptions, false
  set :raise_errors, false

  before do
    headers 'Access-Control-Allow-Origin' => '*',
            'Access-Control-Allow-Headers' => 'content-type, x-csrf-token',
            'Access-Control-Allow-Methods' => 'POST, GET, OPTIONS'
  end

  options('*') { 204 }

  get('/health') { 'ok' }

  get '/cable-log' do
    content_type :json
    RubyPeer.log_of(params['chat_id']).to_json
  end

  post '/release' do
    RubyPeer.gate(params['gate']) << :go
    204
  end

  post '/chat' do
    halt 422, { 'content-type' => 'application/json' }, { error: 'Invalid authenticity token' }.to_json unless request.env['HTTP_X_CSRF_TOKEN'] == RubyPeer::CSRF_TOKEN
    payload = JSON.parse(request.body.read)
    prompt = payload.fetch('prompt')
    scenario = params['scenario'] || 'ok'
    gate = params['gate']

    content_type 'text/event-stream'
    headers 'Cache-Control' => 'no-cache', 'X-Accel-Buffering' => 'no'
    stream do |out|
      RubyPeer.uncork(env)
      count = 0
      RubyPeer.ask(prompt) do |chunk|
        count += 1
        raise 'The model is overloaded, "try" again' if scenario == 'error' && count == 3
        # Drop the connection mid-reply, like a crashed worker: the socket closes with no
        # final chunk, so the browser sees a broken body rather than a clean end.
        if scenario == 'cut' && count == 3
          sleep 0.05
          # Half-close first, so the bytes already written arrive before the break (no RST).
          env['puma.socket'].shutdown(Socket::SHUT_WR)
          env['puma.socket'].close
          raise CutStream
        end
        out << "data: #{chunk.content.to_json}\n\n"
        RubyPeer.wait_for(gate) if scenario == 'gated' && count == 1
      end
      out << "event: complete\ndata: {}\n\n"
    rescue CutStream
      nil
    rescue StandardError => e
      out << "event: error\ndata: #{ { error: e.message }.to_json }\n\n"
    end
  end

  class CutStream < StandardError; end
end

# --- Path 2: ActionCable ---------------------------------------------------------------------------
module ApplicationCable
  class Connection < ActionCable::Connection::Base
    identified_by :visitor

    # `?token=bad` stands for a visitor the app does not know: the connection is refused.
    def connect
      reject_unauthorized_connection if request.params['token'] == 'bad'
      self.visitor = request.params['token'] || 'guest'
    end
  end
end

class ChatChannel < ActionCable::Channel::Base
  def subscribed
    RubyPeer.log(params[:chat_id], 'subscribed')
    return reject if params[:chat_id].to_s.start_with?('forbidden')

    stream_from stream_name
  end

  def unsubscribed
    RubyPeer.log(params[:chat_id], 'unsubscribed')
  end

  # What the transport performs when the reader stops a reply.
  def stop(_data)
    RubyPeer.log(params[:chat_id], 'stop')
  end

  # The request the transport performs. Like RubyLLM's generated ChatResponseJob, the reply is
  # produced off the request thread and broadcast chunk by chunk.
  def ask(data)
    RubyPeer.log(params[:chat_id], { 'ask' => data.except('action') })
    stream = stream_name
    scenario = params[:scenario] || 'chunks'
    Thread.new do
      # ActionCable's worker pool may swap broadcasts sent back to back, so each carries its
      # position; the transport's `sequence: 'seq'` option restores the order.
      seq = -1
      broadcast = ->(message) { ActionCable.server.broadcast(stream, message.merge(seq: seq += 1)) }
      if scenario == 'burst'
        40.times { |i| broadcast.call({ content: "#{i} " }) }
        next broadcast.call({ event: 'complete', data: {} })
      end
      count = 0
      RubyPeer.ask(data['prompt']) do |chunk|
        count += 1
        case scenario
        when 'chunks' then broadcast.call({ content: chunk.content })
        when 'events' then broadcast.call({ event: 'message', data: chunk.content.to_json })
        when 'error'
          next broadcast.call({ content: chunk.content }) if count < 3
          broadcast.call({ event: 'error', data: { error: 'The model is overloaded' } })
          break
        when 'drop'
          next broadcast.call({ content: chunk.content }) if count < 3
          # Let the broadcasts above reach the socket before it closes.
          sleep 0.1
          connection.close(reason: 'server restart', reconnect: false)
          break
        when 'tools'
          broadcast.call({ content: chunk.content })
          if count == 1
            broadcast.call({ content: nil, tool_calls: { 'call_1' => { id: 'call_1', name: 'weather', arguments: '{"city":' } } })
            broadcast.call({ content: nil, tool_calls: { 'call_1' => { id: 'call_1', name: 'weather', arguments: '"Zürich"}' } } })
          end
        when 'hang'
          broadcast.call({ content: chunk.content })
          sleep 30 if count == 2
        end
      end
      broadcast.call({ event: 'complete', data: { input_tokens: 12, output_tokens: 34 } }) if %w[chunks events tools].include?(scenario)
    rescue StandardError => e
      warn "ask failed: #{e.class}: #{e.message}"
    end
  end

  private

  def stream_name = "chat_#{params[:chat_id]}"
end

ActionCable.server.config.tap do |config|
  config.cable = { 'adapter' => 'async' }
  config.logger = Logger.new($stderr, level: ENV['RUBY_PEER_DEBUG'] ? Logger::DEBUG : Logger::WARN)
  config.connection_class = -> { ApplicationCable::Connection }
  # The test page is served from another port than this server, so list the local origins.
  config.allowed_request_origins = [%r{\Ahttps?://(localhost|127\.0\.0\.1)(:\d+)?\z}]
end

app = Rack::Builder.new do
  map('/cable') { run ActionCable.server }
  run SseApp
end

server = Puma::Server.new(app, Puma::Events.new($stdout, $stderr), min_threads: 2, max_threads: 16)
listener = server.add_tcp_listener('127.0.0.1', Integer(ENV.fetch('RUBY_PEER_PORT', '0')))
server.run
puts "RUBY_PEER_PORT=#{listener.addr[1]}"

Thread.new do
  $stdin.read
  exit!(0)
end
%w[INT TERM].each { |signal| trap(signal) { exit!(0) } }
sleep

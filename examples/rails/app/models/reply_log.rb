# What a reply has streamed so far, kept in Rails.cache while it streams (and for a while after),
# so a reloaded page can render the text so far and pick up the events after it. One cache entry
# per event, so appending is O(chunk). Only the thread producing the reply writes events; the stop
# flag is how other threads (a channel's `stop` action, a closed connection) ask it to end.
class ReplyLog
  # Long enough for any reply and a reload after it; a finished reply is then read from the database.
  KEEP = 1.hour

  class Stopped < StandardError; end

  attr_reader :message_id

  def initialize(message_id)
    @message_id = message_id
  end

  # Appends one event (a chunk's hash, or {event:, data:}) and returns its position: 0, 1, 2, …
  def append(event)
    position = size
    write(key(position), event)
    write(key(:size), position + 1)
    position
  end

  def size = cache.read(key(:size)) || 0

  # The events after position `after` (-1 for all), each with its position as `seq`.
  def events_after(after)
    from = after.to_i + 1
    return [] if from >= size

    positions = (from...size).to_a
    found = cache.read_multi(*positions.map { |position| key(position) })
    positions.map { |position| found.fetch(key(position)).merge(seq: position) }
  end

  # The reply's text so far and the position of the last chunk in it, read together. A final
  # event ({event: "complete"}) is left out, so a page rendered just as the reply ended still
  # picks it up and learns that it ended.
  def snapshot
    chunks = events_after(-1).take_while { |event| !event.key?(:event) }
    [chunks.sum("") { |event| event[:content].to_s }, chunks.size - 1]
  end

  # How many chunks the model produced for this reply (counted by the producing thread only).
  def produced! = write(key(:produced), produced + 1)
  def produced = cache.read(key(:produced)) || 0

  def stop! = write(key(:stop), true)
  def stop_requested? = cache.exist?(key(:stop))

  # streaming, then complete, stopped or error.
  def finish!(state) = write(key(:state), state)
  def state = cache.read(key(:state)) || "streaming"

  private

  def cache = Rails.cache
  def write(name, value) = cache.write(name, value, expires_in: KEEP)
  def key(part) = "reply/#{message_id}/#{part}"
end

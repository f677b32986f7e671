# A stand-in for the part of RubyLLM (https://rubyllm.com) this example calls, since the gem is not
# in Debian: `RubyLLM.chat.ask(prompt) { |chunk| … }` streams a reply as RubyLLM::Chunk objects,
# one every CHUNK_INTERVAL_MS (default 60), like a model at ~15 chunks a second. A reply starts
# with two `thinking` chunks, carries its sources as `citations` on one chunk, and reports token
# counts on the last. Raising (or `break`) in the block ends the call, as it does with RubyLLM.
module RubyLLM
  Chunk = Struct.new(:content, :thinking, :citations, :tool_calls, :model_id, :input_tokens, :output_tokens, keyword_init: true) do
    def to_h = super.compact
  end

  Message = Struct.new(:role, :content, :model_id, :input_tokens, :output_tokens, keyword_init: true)

  def self.chat(model: "stand-in-1") = Chat.new(model)

  # The reply the stand-in model writes for a prompt: markdown with multi-byte characters, quotes,
  # a backslash and characters that are HTML (so escaping matters on every path).
  def self.reply_text(prompt)
    <<~MARKDOWN.chomp
      You said: #{prompt}

      Here is a **short** answer, with grüße 👋, "quotes", a backslash \\ and `1 < 2 && 3 > 2`.

      - The first point, which runs on for a few words.
      - The second point <b>is not bold</b>, since it is text.

      That is all: 日本語 and done.
    MARKDOWN
  end

  class Chat
    def initialize(model)
      @model = model
    end

    def interval = Float(ENV.fetch("CHUNK_INTERVAL_MS", "60")) / 1000

    def ask(prompt)
      text = RubyLLM.reply_text(prompt)
      # Words with their following space, as models stream them.
      words = text.scan(/\S+\s*|\s+/)
      chunks = [Chunk.new(thinking: "The reader wrote #{prompt.length} characters. "),
                Chunk.new(thinking: "A short answer will do.")]
      chunks += words.each_slice(2).map { |pair| Chunk.new(content: pair.join) }
      chunks[-3].citations = [{ url: "https://rubyllm.com/", title: "RubyLLM" }]
      chunks[-1].input_tokens = prompt.length
      chunks[-1].output_tokens = words.length
      chunks.each do |chunk|
        sleep interval
        chunk.model_id = @model
        yield chunk
      end
      Message.new(role: "assistant", content: text, model_id: @model, input_tokens: prompt.length, output_tokens: words.length)
    end
  end
end

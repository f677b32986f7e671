# RubyLLM and turbo-rails are not packaged in Debian; lib/ has the small parts of each this app uses.
require Rails.root.join("lib/ruby_llm_stand_in")
require Rails.root.join("lib/turbo_stand_in")

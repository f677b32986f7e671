# The tables RubyLLM's Rails generator creates (chats and messages), without tool calls.
ActiveRecord::Schema.define(version: 1) do
  create_table :chats, if_not_exists: true do |t|
    t.string :model_id
    t.timestamps
  end

  create_table :messages, if_not_exists: true do |t|
    t.references :chat, null: false
    t.string :role, null: false
    t.text :content, null: false, default: ""
    # streaming while the reply is produced; complete, stopped or error once it ends.
    t.string :status, null: false, default: "complete"
    t.string :model_id
    t.integer :input_tokens
    t.integer :output_tokens
    t.timestamps
  end
end

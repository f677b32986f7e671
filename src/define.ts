// Defines every element. `import 'chat-stream-elements'` runs this.
export {};

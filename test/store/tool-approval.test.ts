import { expect } from '@open-wc/testing';
import { createChat } from '../../src/store/chat.js';
import { createSseTransport } from '../../src/transport/sse.js';
import type { ChatEventMap } from '../../src/store/chat.js';
import type { Message, ToolCallPart } from '../../src/types.js';
import { rubyllmReply, streamUrl, receivedRequests, uniqueTag } from '../helpers/scripts.js';

const waiting: ToolCallPart = { type: 'tool-call', id: 'call_c', name: 'book_umbrella', arguments: { size: 'large' }, state: 'approval-requested', status: 'complete', approvalId: 'appr_1' };

function history(): Message[] {
  return [
    { id: 'u1', role: 'user', content: 'Umbrella?', status: 'complete', toolCalls: [], parts: [{ type: 'text', text: 'Umbrella?' }] },
    { id: 'a1', role: 'assistant', content: 'Shall I book one?', status: 'complete', toolCalls: [waiting], parts: [{ type: 'text', text: 'Shall I book one?' }, waiting] },
  ];
}

describe('respondToToolApproval', () => {
  it('approving moves the call to input-available at once and fires toolCall and toolApproval', () => {
    const chat = createChat({ messages: history() });
    const events: string[] = [];
    let approval: ChatEventMap['toolApproval'] | undefined;
    chat.on('toolCall', ({ toolCall }) => events.push(`toolCall:${toolCall.state}`));
    chat.on('toolApproval', (detail) => {
      events.push('toolApproval');
      approval = detail;
    });
    chat.respondToToolApproval('call_c', true);
    const reply = chat.$messageAtoms.get()[1].get();
    expect(reply.parts![1]).to.include({ state: 'input-available', approved: true });
    expect(reply.toolCalls[0]).to.equal(reply.parts![1]);
    expect(events).to.deep.equal(['toolCall:input-available', 'toolApproval']);
    expect(approval?.approved).to.equal(true);
    expect(approval?.message).to.equal(reply);
  });

  it('denying shows output-denied; a second answer, or an unknown id, changes nothing', () => {
    const chat = createChat({ messages: history() });
    let fired = 0;
    chat.on('toolApproval', () => fired++);
    chat.respondToToolApproval('call_c', false);
    const after = chat.$messageAtoms.get()[1].get();
    expect(after.parts![1]).to.include({ state: 'output-denied', approved: false });
    chat.respondToToolApproval('call_c', true);
    chat.respondToToolApproval('nope', true);
    expect(chat.$messageAtoms.get()[1].get()).to.equal(after);
    expect(fired).to.equal(1);
  });

  it('the next request carries the answer on the reply that asked', async () => {
    const tag = uniqueTag('approval-store');
    const chat = createChat({ messages: history(), transport: createSseTransport({ url: streamUrl(rubyllmReply(['Booked.']), tag) }), protocol: 'rubyllm' });
    chat.respondToToolApproval('call_c', true);
    await chat.send('Yes please');
    const [request] = await receivedRequests(tag);
    const body = JSON.parse(request.body) as { messages: unknown[] };
    expect(body.messages).to.deep.equal([
      { role: 'user', content: 'Umbrella?' },
      { role: 'assistant', content: 'Shall I book one?', toolApprovals: [{ toolCallId: 'call_c', approvalId: 'appr_1', name: 'book_umbrella', arguments: { size: 'large' }, approved: true }] },
      { role: 'user', content: 'Yes please' },
    ]);
  });
});

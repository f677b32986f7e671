import { expect } from '@open-wc/testing';
import { healMarkdown } from '../../src/markdown/heal-markdown.js';

describe('healMarkdown', () => {
  const cases: Array<[string, string, string]> = [
    ['closes an open code fence', '```js\nconst a', '```js\nconst a\n```'],
    ['closes a tilde fence with its own marker', '  ~~~~\ncode\n', '  ~~~~\ncode\n  ~~~~'],
    ['closes bold cut mid-word', 'This is **impor', 'This is **impor**'],
    ['closes emphasis inside bold, innermost first', '**bold *it', '**bold *it***'],
    ['closes underscore emphasis', 'an _empha', 'an _empha_'],
    ['closes strikethrough', 'was ~~wron', 'was ~~wron~~'],
    ['closes a code span', 'run `npm t', 'run `npm t`'],
    ['drops an opener with nothing after it yet', 'Hello **', 'Hello'],
    ['shows half a link as its text', 'See [the docs](https://exa', 'See the docs'],
    ['shows a link whose text is still arriving as text', 'See [the do', 'See the do'],
    ['drops half an image', 'Look ![a cat](https://x', 'Look'],
    ['drops half an HTML tag', 'Text <span cla', 'Text'],
    ['completes a table header with no delimiter row yet', '| Name | Age |', '| Name | Age |\n| --- | --- |'],
    ['completes a half delimiter row', '| Name | Age |\n|--', '| Name | Age |\n| --- | --- |'],
    ['leaves snake_case alone', 'call my_func_name', 'call my_func_name'],
    ['leaves list bullets alone', '* item one\n* item', '* item one\n* item'],
    ['leaves arithmetic alone', '2 * 3 = 6', '2 * 3 = 6'],
    ['leaves markers inside code spans alone', 'use `a*b` and', 'use `a*b` and'],
    ['leaves escaped markers alone', 'a \\* b', 'a \\* b'],
    ['leaves balanced markdown as it is', '**done** and *done*', '**done** and *done*'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      expect(healMarkdown(input)).to.equal(expected);
    });
  }
});

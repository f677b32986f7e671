// Renders the Custom Elements Manifest (custom-elements.json) as a markdown API reference: for each
// element its attributes and properties, methods, events, slots, CSS parts and CSS custom properties.
// scripts/generate.mjs writes it to docs/api.md.

/** A table cell: one line, pipes escaped. */
const cell = (value) => (value === undefined || value === null || value === '' ? '' : String(value).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|'));
const code = (value) => (value ? `\`${String(value).replace(/\s*\n\s*/g, ' ').replace(/`/g, "'")}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''].join('\n');
}

function section(title, body) {
  return body ? `#### ${title}\n\n${body}\n` : '';
}

function renderElement(element) {
  const members = element.members ?? [];
  const fields = members.filter((member) => member.kind === 'field' && !member.static);
  const attributes = element.attributes ?? [];
  const fieldByAttribute = new Map(fields.filter((field) => field.attribute).map((field) => [field.attribute, field]));
  const attributeRows = attributes.map((attribute) => {
    const field = attribute.fieldName ? fields.find((candidate) => candidate.name === attribute.fieldName) : fieldByAttribute.get(attribute.name);
    return [
      code(attribute.name),
      code(field?.name ?? attribute.fieldName),
      code(attribute.type?.text ?? field?.type?.text),
      code(attribute.default ?? field?.default),
      `${attribute.description ?? field?.description ?? ''}${field?.reflects ? ' (reflected)' : ''}`,
    ];
  });
  const propertyRows = fields
    .filter((field) => !field.attribute)
    .map((field) => [code(field.name), code(field.type?.text), `${field.description ?? ''}${field.readonly && !/read-only/.test(field.description ?? '') ? ' (read-only)' : ''}`]);
  const methodRows = members
    .filter((member) => member.kind === 'method' && !member.static)
    .map((method) => [
      code(`${method.name}(${(method.parameters ?? []).map((parameter) => `${parameter.name}${parameter.type ? `: ${parameter.type.text}` : ''}`).join(', ')})`),
      code(method.return?.type?.text ?? 'void'),
      method.description ?? '',
    ]);
  const eventRows = (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description ?? '']);
  const slotRows = (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description ?? '']);
  const partRows = (element.cssParts ?? []).map((part) => [code(part.name), part.description ?? '']);
  const propertyTokens = (element.cssProperties ?? []).map((property) => [code(property.name), property.description ?? '', code(property.default)]);

  return [
    `### \`<${element.tagName}>\` (${element.name})`,
    '',
    element.summary ?? element.description ?? '',
    '',
    section('Attributes', table(['attribute', 'property', 'type', 'default', 'description'], attributeRows)),
    section('Properties', table(['property', 'type', 'description'], propertyRows)),
    section('Methods', table(['method', 'returns', 'description'], methodRows)),
    section('Events', table(['event', 'type', 'description'], eventRows)),
    section('Slots', table(['slot', 'description'], slotRows)),
    section('CSS parts', table(['part', 'description'], partRows)),
    section('CSS custom properties', table(['property', 'description', 'default'], propertyTokens)),
  ]
    .filter((chunk, position, all) => chunk !== '' || all[position - 1] !== '')
    .join('\n');
}

/** The markdown reference for every custom element in `manifest`. */
export function renderApiDocs(manifest) {
  const elements = (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return [
    '# API reference',
    '',
    '<!-- Generated from custom-elements.json by scripts/generate.mjs; edit the JSDoc in src/, not this file. -->',
    '',
    ...elements.map(renderElement),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()
    .concat('\n');
}

import { ValidationFailed } from './app-exception';
import { escapeLike, MAX_PAGE_SIZE, parseListQuery, type ListDefinition } from './list-query';

const definition: ListDefinition = {
  sortable: { name: 'name', id: 'id' },
  filters: {
    q: { kind: 'search', expression: '$alias.name' },
    id: { kind: 'equals', column: 'id', type: 'int' },
    type: { kind: 'equals', column: 'type', type: 'text', values: ['a', 'b'] },
    active: { kind: 'equals', column: 'active', type: 'bool' },
  },
  defaultSort: ['name', 'ASC'],
};

function fieldOf(raw: Record<string, string>): string | undefined {
  try {
    parseListQuery(raw, definition);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailed);
    return Object.keys((error as ValidationFailed).errors ?? {})[0];
  }
}

describe('parseListQuery', () => {
  it('applies defaults', () => {
    expect(parseListQuery({}, definition)).toEqual({
      sort: { field: 'name', column: 'name', order: 'ASC' },
      range: { offset: 0, limit: 25 },
      filters: [],
    });
  });

  it('reads the react-admin parameters', () => {
    const query = parseListQuery(
      { sort: '["id","desc"]', range: '[50,74]', filter: '{"q":" lyon ","id":[1,2],"type":"a","active":false}' },
      definition,
    );
    expect(query.sort).toEqual({ field: 'id', column: 'id', order: 'DESC' });
    expect(query.range).toEqual({ offset: 50, limit: 25 });
    expect(query.filters.map((filter) => [filter.field, filter.value])).toEqual([
      ['q', 'lyon'],
      ['id', [1, 2]],
      ['type', 'a'],
      ['active', false],
    ]);
  });

  it('skips empty filter values as react-admin sends them', () => {
    expect(parseListQuery({ filter: '{"q":"","type":null}' }, definition).filters).toEqual([]);
  });

  it.each([
    [{ sort: '["secret","ASC"]' }, 'sort'],
    [{ sort: '["__proto__","ASC"]' }, 'sort'],
    [{ sort: '{"a":1}' }, 'sort'],
    [{ range: '[3,1]' }, 'range'],
    [{ range: `[0,${MAX_PAGE_SIZE}]` }, 'range'],
    [{ range: '[-1,3]' }, 'range'],
    [{ range: '[0.5,3]' }, 'range'],
    [{ filter: '{"toString":1}' }, 'filter.toString'],
    [{ filter: '{"type":"c"}' }, 'filter.type'],
    [{ filter: '{"id":"1"}' }, 'filter.id'],
    [{ filter: '{"id":[1,0]}' }, 'filter.id'],
    [{ filter: '{"active":"yes"}' }, 'filter.active'],
    [{ filter: '{"q":{"$ne":1}}' }, 'filter.q'],
    [{ filter: 'nope' }, 'filter'],
  ])('refuses %j naming %s', (raw, field) => {
    expect(fieldOf(raw as Record<string, string>)).toBe(field);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

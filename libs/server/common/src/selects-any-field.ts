import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved asks for any of `names` among its direct subfields (through inline fragments
 * and named fragments too). Lets a resolver leave out the columns nobody asked for.
 */
export function selectsAnyField(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const visit = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return names.has(selection.name.value);
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/** Pure edit operations on { procedure, steps }; the editor persists their diffs. */
export * from './annotation-edits';
export * from './coverage';
export * from './decision-edits';
export * from './diff';
export * from './history';
export * from './positions';
export * from './procedure-lists';
export * from './record-edits';
export * from './regions';
export * from './same-element';
export * from './screenshot-edits';
export * from './state';
export * from './structure';
export * from './text-edits';
export * from './view';

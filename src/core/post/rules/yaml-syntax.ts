import { yamlSyntaxRule } from '../../yaml/syntax-rule';
import type { PostContext } from '../context';

/** post/yaml-syntax: the front matter is not valid YAML. */
export const yamlSyntax = yamlSyntaxRule<PostContext>('post/yaml-syntax', 'post', 'The front matter must be valid YAML.');

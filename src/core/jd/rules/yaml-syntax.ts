import { yamlSyntaxRule } from '../../yaml/syntax-rule';
import type { JdContext } from '../context';

/** jd/yaml-syntax: the file is not valid YAML, so nothing else can be checked reliably. */
export const yamlSyntax = yamlSyntaxRule<JdContext>('jd/yaml-syntax', 'jd', 'The file must be valid YAML.');

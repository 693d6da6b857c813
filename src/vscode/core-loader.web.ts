// VS Code for the Web's way to the core: in the bundle (a web worker loads one file).
import * as Engine from './engine';

export function loadCore(): typeof Engine {
  return Engine;
}

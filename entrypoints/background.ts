import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/ext/background-app';

export default defineBackground(() => startBackground());

// The script-tag entry: registers every element (Lit bundled in). `<script type="module" src=".../profile-elements.js">`.
import './define.js';
export * from './index.js';

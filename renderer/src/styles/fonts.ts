// The bundled Korean-capable font, loaded after the first screen is usable (main.tsx):
// fontsource's CSS, woff2 only (scripts/vite/woff2-only.ts), font-display: swap.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';

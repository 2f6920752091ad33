import { useEffect, useState } from 'react';

type Convert = (text: string) => string;
let converter: Promise<Convert> | null = null;

/** Traditional → Simplified (Taiwan standard to mainland), with OpenCC's dictionaries, loaded on first use. */
function loadConverter(): Promise<Convert> {
  converter ??= import('opencc-js/t2cn').then((opencc) => opencc.Converter({ from: 'tw', to: 'cn' }));
  return converter;
}

/** The paragraphs' text in Simplified characters, or null while the converter loads or when not wanted. */
export function useSimplified(texts: readonly string[], wanted: boolean): readonly string[] | null {
  const [converted, setConverted] = useState<{ source: readonly string[]; texts: readonly string[] } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadConverter().then((convert) => {
      if (live) setConverted({ source: texts, texts: texts.map(convert) });
    });
    return () => {
      live = false;
    };
  }, [texts, wanted]);
  return wanted && converted?.source === texts ? converted.texts : null;
}

// A client's prescriptions, visits or policies changed (saved on their page): the sections
// that show something computed from them (the coverage answer's usage of the plan year)
// load again. The client page's sections are independent components; this is their signal.
type Listener = (clientId: number) => void;
const listeners = new Set<Listener>();

export const clientRecords = {
  changed(clientId: number): void {
    for (const listener of listeners) listener(clientId);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

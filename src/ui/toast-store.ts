import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  show: (message: string, action?: Toast['action']) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short, kind messages ("Moved to the trash. Undo"). UI state only: never journal text. */
export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show: (message, action) => set((state) => ({ toasts: [...state.toasts, { id: nextId++, message, action }] })),
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

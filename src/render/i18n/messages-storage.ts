// Messages about what the browser keeps: saving drafts, another tab's changes, a full disk, storage closed
// from outside, and deleting everything the tool saved. Swedish first; `storageEn` must have exactly the
// keys of `storageSv`. Spread into the catalogue in messages.ts.
export const storageSv = {
  'storage.saveAsFile': 'Spara som fil',
  'storage.saveFailed':
    'Ändringen kunde inte sparas i webbläsaren: {reason}. Det du har skrivit finns kvar på skärmen. Spara utkastet som fil så att inget går förlorat.',
  'storage.createFailed':
    '”{title}” kunde inte sparas i webbläsaren: {reason}. Utkastet är öppet här, men finns bara kvar tills fliken stängs. Spara det som fil.',
  'storage.publishFailed':
    'Utkastet kunde inte göras tillgängligt för {view}: {reason}. Spara utkastet som fil, eller ta bort gamla utkast och försök igen.',
  'storage.deleteFailed': 'Utkastet kunde inte tas bort: {reason}.',
  'storage.lost':
    'Webbläsarens lagring av utkasten stängdes eller tömdes av en annan flik eller ett annat program. Det öppna utkastet finns kvar här; spara det som fil. Om det inte längre finns sparat får du välja vad som ska hända med det.',
  'storage.conflict.newer':
    'Utkastet har sparats i en annan flik (version {revision}) medan du ändrade här. Dina ändringar här har inte sparats ovanpå den andra flikens. Välj vad du vill göra:',
  'storage.conflict.missing':
    'Utkastet finns inte längre sparat i webbläsaren (det togs bort i en annan flik, eller lagringen tömdes). Dina ändringar finns kvar här. Välj vad du vill göra:',
  'storage.conflict.group': 'Val när utkastet ändrats på annat håll',
  'storage.conflict.loadNewer': 'Läs in den nyare versionen (ändringarna här försvinner)',
  'storage.conflict.keepCopy': 'Behåll mina ändringar som en kopia',
  'storage.conflict.close': 'Stäng utkastet (ändringarna här försvinner)',
  'storage.conflict.copyTitle': '{title} (kopia)',
  'storage.replaced': 'Utkastet sparades i en annan flik. Den nyare versionen visas nu.',
  'storage.removedElsewhere': 'Utkastet togs bort i en annan flik eller när lagringen tömdes.',
  'storage.restored': 'Ändringar som inte hann sparas innan sidan lämnades har tagits tillbaka och sparas nu.',
  'storage.save.conflict': 'Inte sparat: utkastet har ändrats på annat håll',
  'storage.save.memory': 'Sparas inte i webbläsaren: finns bara i den här fliken',
  'storage.forget.heading': 'Det som sparas i den här webbläsaren',
  'storage.forget.help':
    'Utkasten, det som lagts undan, utkastet som visas i Jämför och Simulera och språkvalet sparas bara här, i den här webbläsaren. Inget skickas någon annanstans. På en delad dator kan du ta bort allt när du är klar.',
  'storage.forget.button': 'Ta bort allt jag sparat i den här webbläsaren',
  'storage.forget.confirm':
    'Ta bort alla utkast, allt som lagts undan, utkastet i Jämför och språkvalet? Det går inte att ångra. Spara först det du vill behålla som fil.',
  'storage.forget.group': 'Bekräfta att allt ska tas bort',
  'storage.forget.yes': 'Ja, ta bort allt',
  'storage.forget.no': 'Avbryt',
  'storage.forget.done': 'Allt som verktyget har sparat i den här webbläsaren är borttaget.',
  'storage.forget.failed': 'Allt kunde inte tas bort: {reason}. Försök igen, eller rensa webbplatsens data i webbläsarens inställningar.',
} as const;

export type StorageMessageKey = keyof typeof storageSv;

export const storageEn: Record<StorageMessageKey, string> = {
  'storage.saveAsFile': 'Save as file',
  'storage.saveFailed':
    'The change could not be saved in the browser: {reason}. What you have written is still on the screen. Save the draft as a file so that nothing is lost.',
  'storage.createFailed':
    '“{title}” could not be saved in the browser: {reason}. The draft is open here, but lasts only until the tab is closed. Save it as a file.',
  'storage.publishFailed':
    'The draft could not be made available to {view}: {reason}. Save the draft as a file, or delete old drafts and try again.',
  'storage.deleteFailed': 'The draft could not be deleted: {reason}.',
  'storage.lost':
    "The browser's storage of drafts was closed or emptied by another tab or program. The open draft is still here; save it as a file. If it is no longer stored, you will be asked what to do with it.",
  'storage.conflict.newer':
    'The draft was saved in another tab (revision {revision}) while you were changing it here. Your changes here have not been saved over the other tab’s. Choose what to do:',
  'storage.conflict.missing':
    'The draft is no longer stored in the browser (it was deleted in another tab, or the storage was emptied). Your changes are still here. Choose what to do:',
  'storage.conflict.group': 'Choices when the draft was changed elsewhere',
  'storage.conflict.loadNewer': 'Load the newer version (the changes here are dropped)',
  'storage.conflict.keepCopy': 'Keep my changes as a copy',
  'storage.conflict.close': 'Close the draft (the changes here are dropped)',
  'storage.conflict.copyTitle': '{title} (copy)',
  'storage.replaced': 'The draft was saved in another tab. The newer version is shown now.',
  'storage.removedElsewhere': 'The draft was deleted in another tab or when the storage was emptied.',
  'storage.restored': 'Changes that had not been saved when the page was left have been taken back and are being saved.',
  'storage.save.conflict': 'Not saved: the draft was changed elsewhere',
  'storage.save.memory': 'Not saved in the browser: exists only in this tab',
  'storage.forget.heading': 'What is kept in this browser',
  'storage.forget.help':
    'The drafts, what was set aside, the draft shown in Compare and Simulate and the language choice are kept only here, in this browser. Nothing is sent anywhere else. On a shared computer you can delete it all when you are done.',
  'storage.forget.button': 'Delete everything I saved in this browser',
  'storage.forget.confirm':
    'Delete every draft, everything set aside, the draft in Compare and the language choice? This cannot be undone. First save what you want to keep as a file.',
  'storage.forget.group': 'Confirm deleting everything',
  'storage.forget.yes': 'Yes, delete everything',
  'storage.forget.no': 'Cancel',
  'storage.forget.done': 'Everything the tool saved in this browser has been deleted.',
  'storage.forget.failed': 'Not everything could be deleted: {reason}. Try again, or clear the site’s data in the browser’s settings.',
};

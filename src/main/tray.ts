import path from 'node:path';
import { Menu, nativeImage, Tray } from 'electron';
import type { TrayMenuItem, TrayModel } from '../core/tray/trayModel';

export type TrayActions = Record<TrayMenuItem['id'], () => void>;

/** Draws a tray model: the core decides what it says, this only renders it. */
export function createTray(iconDir: string, actions: TrayActions) {
  // macOS tints "Template" images for a light or dark menu bar; colour means nothing there.
  const suffix = process.platform === 'darwin' ? 'Template' : '';
  const image = (icon: TrayModel['icon']) =>
    nativeImage.createFromPath(path.join(iconDir, `${icon}${suffix}.png`));
  const tray = new Tray(image('attention'));
  tray.on('click', actions.open);
  let last = '';
  return {
    render(model: TrayModel) {
      const key = JSON.stringify(model);
      if (key === last) return;
      last = key;
      tray.setImage(image(model.icon));
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(
        Menu.buildFromTemplate(
          model.menu.map((item) => ({
            label: item.label,
            enabled: item.enabled,
            click: actions[item.id],
          })),
        ),
      );
    },
  };
}

export type AppTray = ReturnType<typeof createTray>;

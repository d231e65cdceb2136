import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import type { Translate } from "../shell/text";

export interface PaneMenuProps {
  readonly t: Translate;
  readonly onSelfCheck: () => void;
}

/**
 * The pane's menu (in Excel): the self-check. Loaded after the first paint, in a chunk of its
 * own: Fluent's menu and its positioning would add about 33 KiB gzipped to the first scripts.
 */
export default function PaneMenu({ t, onSelfCheck }: PaneMenuProps) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small" appearance="subtle" data-testid="pane-menu">
          {t("pane.menu")}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem onClick={onSelfCheck}>{t("pane.menu.selfCheck")}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

// The wall's own sheet first: the features' wall sheets, loaded with their panels, come after it in the cascade.
import './wall.css';
import { useMemo, useRef } from 'react';
import { wallTheme } from '../../charts/wall-theme';
import { focusedTown, useWallSewers } from '../../features/sewers/wall/use-wall-sewers';
import { WallSewersPanel } from '../../features/sewers/wall/wall-sewers-panel';
import { useWallWater } from '../../features/water-quality/wall/use-wall-water';
import { focusedStation } from '../../features/water-quality/wall/wall-water';
import { WallWaterPanel } from '../../features/water-quality/wall/wall-water-panel';
import { useValidatedSearch } from '../../routing/navigation';
import { wallSearchSchema, wallSettings } from './search';
import { useFullscreen } from './use-fullscreen';
import { usePointerIdle } from './use-pointer-idle';
import { useReplay } from './use-replay';
import { useRotation } from './use-rotation';
import { useStageScale } from './use-stage-scale';
import { useWakeLock } from './use-wake-lock';
import { useWallKeys } from './use-wall-keys';
import { useWallRefresh } from './use-wall-refresh';
import { WallHeader } from './wall-header';
import { WallMap } from '../../features/map/wall-map';

/** The pointer hides, and the controls fade, after this long without movement. */
const IDLE_MS = 3000;

/**
 * `/wall`: both stories on one 16:9 stage for a meeting-room screen, letterboxed to any size, with text and
 * charts drawn at the screen's own resolution. It rotates, refreshes and keeps the last good data by itself.
 */
export function WallPage() {
  const settings = wallSettings(useValidatedSearch(wallSearchSchema));
  const stage = useRef<HTMLDivElement>(null);
  const scale = useStageScale(stage);
  const theme = useMemo(() => wallTheme(scale), [scale]);
  const rotation = useRotation(settings.rotateSeconds);
  const fullscreen = useFullscreen();
  const idle = usePointerIdle(IDLE_MS);
  useWakeLock();
  useWallRefresh(settings.refreshSeconds);
  useWallKeys({
    next: rotation.next,
    previous: rotation.previous,
    togglePause: rotation.togglePause,
    toggleFullscreen: fullscreen.toggle,
  });
  const water = useWallWater();
  const sewers = useWallSewers();
  const days = water.water?.days;
  const replayFirst = settings.replayFrom === null ? 0 : (days?.findIndex((day) => day >= settings.replayFrom!) ?? 0);
  const replayIndex = useReplay(settings.replay, days?.length ?? 0, rotation.paused, Math.max(replayFirst, 0));
  const replayDay = replayIndex === null ? null : (days?.[replayIndex] ?? null);
  // What the rotation brings forward, once for the panels and the map.
  const station = focusedStation(water.water, rotation.step);
  const town = focusedTown(sewers.towns.data, rotation.step);
  return (
    <div className="wall-screen" data-idle={idle}>
      <div className="wall-stage" ref={stage} data-scale={scale}>
        <WallHeader rotation={rotation} rotateSeconds={settings.rotateSeconds} fullscreen={fullscreen} />
        <main className="wall-grid">
          <WallWaterPanel
            water={water}
            focused={station}
            replayDay={replayDay}
            theme={theme}
            aside={
              <WallMap
                station={station?.station.station.id ?? null}
                town={town.town?.id ?? null}
                replayDay={replayDay}
                theme={theme}
              />
            }
          />
          <WallSewersPanel sewers={sewers} focused={town} theme={theme} />
        </main>
      </div>
    </div>
  );
}

package org.motcua.dossier;

import java.util.function.Consumer;
import org.motcua.dossier.DossierEvents.DossierEvent;
import org.motcua.dossier.internal.DossierReplay;
import org.springframework.stereotype.Service;

/**
 * Every dossier's events told again from its history, for a module that rebuilds what it keeps from them
 * (the statistics, after a defect or a lost table). Not a second stream: nothing is published; the events
 * go to the caller only. What the history does not keep is described on {@link DossierReplay}.
 */
@Service
public class DossierEventReplay {

    private final DossierReplay replay;

    DossierEventReplay(DossierReplay replay) {
        this.replay = replay;
    }

    /** Not in a transaction of its own: the caller writes what it makes of each event in its own. */
    public void replay(Consumer<DossierEvent> sink) {
        replay.replay(sink);
    }
}

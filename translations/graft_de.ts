<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EngineMessage</name>
    <message>
        <source>Epoch %1/%2: training loss %3, accuracy %4%; validation loss %5, accuracy %6%; %7 s</source>
        <translation>Epoche %1/%2: Trainingsverlust %3, Genauigkeit %4 %; Validierungsverlust %5, Genauigkeit %6 %; %7 s</translation>
    </message>
    <message>
        <source>Epoch %1/%2: training loss %3, accuracy %4%; %5 s</source>
        <translation>Epoche %1/%2: Trainingsverlust %3, Genauigkeit %4 %; %5 s</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (bestes)</translation>
    </message>
    <message>
        <source>Trainable parameters: %1 of %2</source>
        <translation>Trainierbare Parameter: %1 von %2</translation>
    </message>
    <message>
        <source>train %1</source>
        <translation>%1 trainieren</translation>
    </message>
    <message>
        <source>freeze %1</source>
        <translation>%1 einfrieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A batch size of 1 cannot train batch-norm layers (they need at least 2 images per batch); use a batch size of 2 or more, or freeze the layers with batch norm on the Model step.</source>
        <translation>Eine Batchgröße von 1 kann keine Batch-Norm-Schichten trainieren (sie brauchen mindestens 2 Bilder je Batch); wählen Sie eine Batchgröße von 2 oder mehr, oder frieren Sie die Schichten mit Batch-Norm im Schritt „Modell“ ein.</translation>
    </message>
    <message>
        <source>One training image cannot train batch-norm layers (they need at least 2 images per batch); add images, or freeze the layers with batch norm on the Model step.</source>
        <translation>Ein einzelnes Trainingsbild kann keine Batch-Norm-Schichten trainieren (sie brauchen mindestens 2 Bilder je Batch); fügen Sie Bilder hinzu, oder frieren Sie die Schichten mit Batch-Norm im Schritt „Modell“ ein.</translation>
    </message>
    <message>
        <source>Nothing to train: every layer is frozen. Make at least the classifier (%1) trainable on the Model step.</source>
        <translation>Nichts zu trainieren: Alle Schichten sind eingefroren. Machen Sie im Schritt „Modell“ mindestens den Klassifikator (%1) trainierbar.</translation>
    </message>
    <message>
        <source>No training images: the split left none for training. Lower the validation share on the Data step.</source>
        <translation>Keine Trainingsbilder: Die Aufteilung lässt keine zum Trainieren übrig. Senken Sie den Validierungsanteil im Schritt „Daten“.</translation>
    </message>
    <message>
        <source>Training diverged (the loss became NaN); lower the learning rate (now %1).</source>
        <translation>Das Training ist divergiert (der Verlust wurde NaN); senken Sie die Lernrate (jetzt %1).</translation>
    </message>
    <message>
        <source>Training diverged (the loss became infinite); lower the learning rate (now %1).</source>
        <translation>Das Training ist divergiert (der Verlust wurde unendlich); senken Sie die Lernrate (jetzt %1).</translation>
    </message>
    <message>
        <source>%1 needs input images of at least %2×%2 pixels (the input size is %3); raise the input size.</source>
        <translation>%1 braucht Eingabebilder von mindestens %2×%2 Pixeln (die Eingabegröße ist %3); erhöhen Sie die Eingabegröße.</translation>
    </message>
    <message>
        <source>A classifier needs at least two classes (found %1); add a class folder on the Data step.</source>
        <translation>Ein Klassifikator braucht mindestens zwei Klassen (gefunden: %1); fügen Sie im Schritt „Daten“ einen Klassenordner hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run are not where the run found them, such as %1.</source>
        <translation>
            <numerusform>%Ln Bild des Laufs ist nicht mehr dort, wo der Lauf es fand: %1.</numerusform>
            <numerusform>%Ln Bilder des Laufs sind nicht mehr dort, wo der Lauf sie fand, etwa %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run are not where the run found them, such as %1, every training image of the class %2.</source>
        <translation>
            <numerusform>%Ln Bild des Laufs ist nicht mehr dort, wo der Lauf es fand: %1, das einzige Trainingsbild der Klasse %2.</numerusform>
            <numerusform>%Ln Bilder des Laufs sind nicht mehr dort, wo der Lauf sie fand, etwa %1, darunter alle Trainingsbilder der Klasse %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the dataset&apos;s folder was moved or renamed, open the dataset at its new place on the Data step; if images were deleted, put them back, or start a new run on the dataset as it is now.</source>
        <translation>Wurde der Ordner des Datensatzes verschoben oder umbenannt, öffnen Sie den Datensatz im Schritt „Daten“ an seinem neuen Ort; wurden Bilder gelöscht, legen Sie sie zurück oder beginnen Sie einen neuen Lauf mit dem Datensatz, wie er jetzt ist.</translation>
    </message>
    <message>
        <source>Training failed inside LibTorch: %1</source>
        <translation>Das Training ist in LibTorch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: this run is being trained right now (by another Graft window or graft-cli); wait for it to end, or stop it there first.</source>
        <translation>%1: Dieser Lauf wird gerade trainiert (von einem anderen Graft-Fenster oder graft-cli); warten Sie, bis er endet, oder stoppen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>%1 could not be written; free some disk space, or use a folder on another disk.</source>
        <translation>%1 konnte nicht geschrieben werden; geben Sie Speicherplatz frei oder verwenden Sie einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); free some disk space, or use a folder on another disk.</source>
        <translation>%1 konnte nicht geschrieben werden (%2); geben Sie Speicherplatz frei oder verwenden Sie einen Ordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <source>Cannot create %1 in %2 (%3); check that the folder exists and is writable.</source>
        <translation>%1 kann in %2 nicht angelegt werden (%3); prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>Device: CPU, %Ln thread(s)</source>
        <translation>
            <numerusform>Gerät: CPU, %Ln Thread</numerusform>
            <numerusform>Gerät: CPU, %Ln Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: CUDA GPU %1 of %2, bfloat16 mixed precision</source>
        <translation>Gerät: CUDA-GPU %1 von %2, gemischte Genauigkeit mit bfloat16</translation>
    </message>
    <message>
        <source>Device: CUDA GPU %1 of %2</source>
        <translation>Gerät: CUDA-GPU %1 von %2</translation>
    </message>
    <message>
        <source>Model: %1, trained from scratch (random initial weights)</source>
        <translation>Modell: %1, von Grund auf trainiert (zufällige Anfangsgewichte)</translation>
    </message>
    <message numerus="yes">
        <source>Model: %1 with the weights %2: %Ln tensor(s) loaded (%3)</source>
        <translation>
            <numerusform>Modell: %1 mit den Gewichten %2: %Ln Tensor geladen (%3)</numerusform>
            <numerusform>Modell: %1 mit den Gewichten %2: %Ln Tensoren geladen (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; new classifier (%2)</source>
        <translation>%1; neuer Klassifikator (%2)</translation>
    </message>
    <message>
        <source>Auxiliary classifier not trained: it needs inputs of at least %1×%1 pixels (the input size is %2); the main classifier trains as usual</source>
        <translation>Hilfsklassifikator nicht trainiert: Er braucht Eingaben von mindestens %1×%1 Pixeln (die Eingabegröße ist %2); der Hauptklassifikator trainiert wie gewohnt</translation>
    </message>
    <message>
        <source>Feature cache off: augmentation changes every image each epoch, so the frozen layers must run every time. Turn augmentation off to compute them once.</source>
        <translation>Merkmals-Cache aus: Die Augmentierung verändert jedes Bild in jeder Epoche, daher müssen die eingefrorenen Schichten jedes Mal laufen. Schalten Sie die Augmentierung aus, um sie einmal vorab zu berechnen.</translation>
    </message>
    <message>
        <source>Feature cache: computing the frozen layers once (everything before %1)</source>
        <translation>Merkmals-Cache: Die eingefrorenen Schichten werden einmal vorab berechnet (alles vor %1)</translation>
    </message>
    <message>
        <source>Feature cache ready in %1: %2 × [%3], %4 on disk</source>
        <translation>Merkmals-Cache nach %1 bereit: %2 × [%3], %4 auf der Festplatte</translation>
    </message>
    <message>
        <source>Feature cache ready in %1: %2 × [%3], %4 in memory</source>
        <translation>Merkmals-Cache nach %1 bereit: %2 × [%3], %4 im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Continuing after epoch %1 of %2</source>
        <translation>Fortsetzung nach Epoche %1 von %2</translation>
    </message>
    <message>
        <source>No checkpoint yet: starting the run again from the beginning</source>
        <translation>Noch kein Checkpoint: Der Lauf beginnt noch einmal von vorn</translation>
    </message>
    <message numerus="yes">
        <source>Early stop: the validation loss has not improved for %Ln epoch(s); the best model is from epoch %1</source>
        <translation>
            <numerusform>Vorzeitiger Stopp: Der Validierungsverlust hat sich seit %Ln Epoche nicht verbessert; das beste Modell ist aus Epoche %1</numerusform>
            <numerusform>Vorzeitiger Stopp: Der Validierungsverlust hat sich seit %Ln Epochen nicht verbessert; das beste Modell ist aus Epoche %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Early stop: the validation accuracy has not improved for %Ln epoch(s); the best model is from epoch %1</source>
        <translation>
            <numerusform>Vorzeitiger Stopp: Die Validierungsgenauigkeit hat sich seit %Ln Epoche nicht verbessert; das beste Modell ist aus Epoche %1</numerusform>
            <numerusform>Vorzeitiger Stopp: Die Validierungsgenauigkeit hat sich seit %Ln Epochen nicht verbessert; das beste Modell ist aus Epoche %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by the user after %Ln complete epoch(s); continue the run to go on</source>
        <translation>
            <numerusform>Vom Benutzer nach %Ln vollständigen Epoche gestoppt; setzen Sie den Lauf fort, um weiterzumachen</numerusform>
            <numerusform>Vom Benutzer nach %Ln vollständigen Epochen gestoppt; setzen Sie den Lauf fort, um weiterzumachen</numerusform>
        </translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <source>Training stopped early; best model from epoch %1</source>
        <translation>Training vorzeitig beendet; bestes Modell aus Epoche %1</translation>
    </message>
    <message>
        <source>Training finished; best model from epoch %1</source>
        <translation>Training abgeschlossen; bestes Modell aus Epoche %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run found in %1, where their dataset is now (it was in %2)</source>
        <translation>
            <numerusform>%Ln Bild des Laufs in %1 gefunden, wo sein Datensatz jetzt liegt (er lag in %2)</numerusform>
            <numerusform>%Ln Bilder des Laufs in %1 gefunden, wo ihr Datensatz jetzt liegt (er lag in %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) in class folders renamed since the run began: read from the renamed folders, with the run&apos;s class names</source>
        <translation>
            <numerusform>%Ln Bild in seit Beginn des Laufs umbenannten Klassenordnern: aus dem umbenannten Ordner gelesen, mit den Klassennamen des Laufs</numerusform>
            <numerusform>%Ln Bilder in seit Beginn des Laufs umbenannten Klassenordnern: aus den umbenannten Ordnern gelesen, mit den Klassennamen des Laufs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) moved to another class since the run began: used where they are now, with their new class</source>
        <translation>
            <numerusform>%Ln Bild seit Beginn des Laufs in eine andere Klasse verschoben: Es wird dort verwendet, wo es jetzt liegt, mit seiner neuen Klasse</numerusform>
            <numerusform>%Ln Bilder seit Beginn des Laufs in eine andere Klasse verschoben: Sie werden dort verwendet, wo sie jetzt liegen, mit ihrer neuen Klasse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run no longer there (deleted, or moved out of the dataset), such as %1: trained without them; put them back to train on them again</source>
        <translation>
            <numerusform>%Ln Bild des Laufs ist nicht mehr da (gelöscht oder aus dem Datensatz verschoben): %1. Es wird ohne es trainiert; legen Sie es zurück, um wieder damit zu trainieren</numerusform>
            <numerusform>%Ln Bilder des Laufs sind nicht mehr da (gelöscht oder aus dem Datensatz verschoben), etwa %1. Es wird ohne sie trainiert; legen Sie sie zurück, um wieder mit ihnen zu trainieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: folder not found. If it was moved or renamed, open it at its new place.</source>
        <translation>%1: Ordner nicht gefunden. Wurde er verschoben oder umbenannt, öffnen Sie ihn an seinem neuen Ort.</translation>
    </message>
    <message>
        <source>%1: not a folder; choose the folder that holds one sub-folder per class.</source>
        <translation>%1: kein Ordner; wählen Sie den Ordner, der einen Unterordner pro Klasse enthält.</translation>
    </message>
    <message>
        <source>%1: no images in this folder or its sub-folders (%2).</source>
        <translation>%1: keine Bilder in diesem Ordner oder seinen Unterordnern (%2).</translation>
    </message>
    <message>
        <source>%1: no usable images in folders named like the classes (%2); the validation folder needs the same class folders as the dataset.</source>
        <translation>%1: keine verwendbaren Bilder in Ordnern mit den Namen der Klassen (%2); der Validierungsordner braucht dieselben Klassenordner wie der Datensatz.</translation>
    </message>
    <message>
        <source>%1: another labelling (or undo) into this folder is running, in a Graft window or graft-cli; wait for it to end, or stop it there first.</source>
        <translation>%1: In diesen Ordner läuft bereits eine andere Zuordnung (oder ein Rückgängigmachen), in einem Graft-Fenster oder graft-cli; warten Sie, bis sie endet, oder stoppen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>%1: folder not found; choose the folder of images to label.</source>
        <translation>%1: Ordner nicht gefunden; wählen Sie den Ordner mit den zuzuordnenden Bildern.</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder (%2); choose another.</source>
        <translation>%1: Der Ausgabeordner kann nicht angelegt werden (%2); wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1: cannot write the labelling journal; check that the output folder is writable.</source>
        <translation>%1: Das Zuordnungsprotokoll kann nicht geschrieben werden; prüfen Sie, ob der Ausgabeordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1: cannot write the labelling journal (disk full?); make room in the output folder (or choose another), then label again.</source>
        <translation>%1: Das Zuordnungsprotokoll kann nicht geschrieben werden (Datenträger voll?); schaffen Sie Platz im Ausgabeordner (oder wählen Sie einen anderen) und ordnen Sie dann erneut zu.</translation>
    </message>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: empty file; download or copy it again.</source>
        <translation>%1: leere Datei; laden Sie sie erneut herunter oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: not a PyTorch weights file (expected a .pth/.pt file saved with torch.save, or a TorchScript model).</source>
        <translation>%1: keine PyTorch-Gewichtsdatei (erwartet wird eine mit torch.save gespeicherte .pth/.pt-Datei oder ein TorchScript-Modell).</translation>
    </message>
    <message>
        <source>%1: a PyTorch file, but it holds no dictionary of tensors (state_dict); save the model with torch.save(model.state_dict(), path).</source>
        <translation>%1: eine PyTorch-Datei, die aber kein Wörterbuch von Tensoren (state_dict) enthält; speichern Sie das Modell mit torch.save(model.state_dict(), path).</translation>
    </message>
    <message>
        <source>%1: damaged or incomplete file; download or copy it again.</source>
        <translation>%1: beschädigte oder unvollständige Datei; laden Sie sie erneut herunter oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: damaged or incomplete file (%2); download or copy it again.</source>
        <translation>%1: beschädigte oder unvollständige Datei (%2); laden Sie sie erneut herunter oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: these weights do not fit %2.</source>
        <translation>%1: Diese Gewichte passen nicht zu %2.</translation>
    </message>
    <message>
        <source>Different shapes (%1): %2</source>
        <translation>Andere Formen (%1): %2</translation>
    </message>
    <message>
        <source>Missing from the file (%1): %2</source>
        <translation>Fehlen in der Datei (%1): %2</translation>
    </message>
    <message>
        <source>Not in the model (%1): %2</source>
        <translation>Nicht im Modell (%1): %2</translation>
    </message>
    <message>
        <source>Choose the architecture these weights were trained for, or import them keeping the new classifier.</source>
        <translation>Wählen Sie die Architektur, für die diese Gewichte trainiert wurden, oder importieren Sie sie unter Beibehaltung des neuen Klassifikators.</translation>
    </message>
    <message>
        <source>Choose the architecture these weights were trained for.</source>
        <translation>Wählen Sie die Architektur, für die diese Gewichte trainiert wurden.</translation>
    </message>
    <message>
        <source>%1: no trained model in this run yet (it is saved after the first epoch).</source>
        <translation>%1: In diesem Lauf gibt es noch kein trainiertes Modell (es wird nach der ersten Epoche gespeichert).</translation>
    </message>
    <message>
        <source>%1: not a Graft model, or a damaged one; choose a run&apos;s model-best.pt or a model exported from Graft.</source>
        <translation>%1: kein Graft-Modell oder ein beschädigtes; wählen Sie die model-best.pt eines Laufs oder ein aus Graft exportiertes Modell.</translation>
    </message>
    <message>
        <source>%1: a TorchScript model without class names; export it from Graft to use it here.</source>
        <translation>%1: ein TorchScript-Modell ohne Klassennamen; exportieren Sie es aus Graft, um es hier zu verwenden.</translation>
    </message>
    <message>
        <source>%1: cannot create the run folder (%2). A project keeps its runs beside its project file: save the project in a folder you can write to, or free some disk space.</source>
        <translation>%1: Der Ordner für den Lauf kann nicht angelegt werden (%2). Ein Projekt legt seine Läufe neben seiner Projektdatei ab: Speichern Sie das Projekt in einem Ordner, in den Sie schreiben dürfen, oder geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <source>Advice: the training loss rose instead of falling (%1 to %2): the learning rate (%3) is likely too high; Find… beside it suggests one</source>
        <translation>Rat: Der Trainingsverlust ist gestiegen statt gefallen (%1 auf %2): Die Lernrate (%3) ist wahrscheinlich zu hoch; „Suchen…“ daneben schlägt eine vor</translation>
    </message>
    <message>
        <source>Advice: the model got only %1% of the training images right: it cannot tell the classes apart well yet. Train more of the network (Model step: fine-tune its last blocks), train longer, or try another learning rate</source>
        <translation>Rat: Das Modell erkennt nur %1 % der Trainingsbilder richtig: Es kann die Klassen noch nicht gut unterscheiden. Trainieren Sie mehr vom Netz (Schritt Modell: die letzten Blöcke feinabstimmen), trainieren Sie länger oder versuchen Sie eine andere Lernrate</translation>
    </message>
    <message>
        <source>Advice: after epoch %1 the model fitted the training images better (%2% right) and the validation images worse (validation loss up %3%): it is memorising the training images (overfitting). The model of epoch %1 is the one kept; more images, augmentation or early stopping help</source>
        <translation>Rat: Nach Epoche %1 passte sich das Modell den Trainingsbildern besser an (%2 % richtig) und den Validierungsbildern schlechter (Validierungsverlust %3 % höher): Es lernt die Trainingsbilder auswendig (Überanpassung). Behalten wird das Modell der Epoche %1; mehr Bilder, Augmentierung oder vorzeitiger Stopp helfen</translation>
    </message>
    <message numerus="yes">
        <source>Advice: the model was still improving at the last epoch (validation accuracy %1% to %2% over the last %Ln epoch(s)): more epochs may give a better one; Continue run trains it further</source>
        <translation>
            <numerusform>Rat: Das Modell wurde in der letzten Epoche noch besser (Validierungsgenauigkeit %1 % auf %2 % in der letzten %Ln Epoche): Mehr Epochen ergeben vielleicht ein besseres; „Lauf fortsetzen“ trainiert es weiter</numerusform>
            <numerusform>Rat: Das Modell wurde in der letzten Epoche noch besser (Validierungsgenauigkeit %1 % auf %2 % in den letzten %Ln Epochen): Mehr Epochen ergeben vielleicht ein besseres; „Lauf fortsetzen“ trainiert es weiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Advice: the training loss of the first epoch (%1) was far above what guessing among %2 classes gives (%3): the learning rate (%4) is likely too high; Find… beside it suggests one</source>
        <translation>Rat: Der Trainingsverlust der ersten Epoche (%1) lag weit über dem, was Raten unter %2 Klassen ergibt (%3): Die Lernrate (%4) ist wahrscheinlich zu hoch; „Suchen…“ daneben schlägt eine vor</translation>
    </message>
</context>
<context>
    <name>ImageTrash</name>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln image(s) to the trash? They can be restored from there. Continuing a run trains without them; a new run leaves them out.</source>
        <translation>
            <numerusform>%Ln Bild in den Papierkorb verschieben? Es lässt sich von dort wiederherstellen. Ein fortgesetzter Lauf trainiert ohne dieses Bild; ein neuer Lauf lässt es aus.</numerusform>
            <numerusform>%Ln Bilder in den Papierkorb verschieben? Sie lassen sich von dort wiederherstellen. Ein fortgesetzter Lauf trainiert ohne sie; ein neuer Lauf lässt sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash; check its permissions.</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden; prüfen Sie die Zugriffsrechte.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>graft::ui::ConfusionMatrixWidget</name>
    <message>
        <source>Evaluate a run to see its confusion matrix</source>
        <translation>Werten Sie einen Lauf aus, um seine Konfusionsmatrix zu sehen</translation>
    </message>
    <message>
        <source>Rows: true class; columns: predicted class. Click a cell (or use the arrow keys) to see its images.</source>
        <translation>Zeilen: tatsächliche Klasse; Spalten: vorhergesagte Klasse. Klicken Sie auf eine Zelle (oder nutzen Sie die Pfeiltasten), um ihre Bilder zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln image(s) recognised%2</source>
        <translation>
            <numerusform>%1: %Ln Bild erkannt%2</numerusform>
            <numerusform>%1: %Ln Bilder erkannt%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 taken for %2: %Ln image(s)%3</source>
        <translation>
            <numerusform>%1 für %2 gehalten: %Ln Bild%3</numerusform>
            <numerusform>%1 für %2 gehalten: %Ln Bilder%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted class →</source>
        <translation>Vorhergesagte Klasse →</translation>
    </message>
    <message>
        <source>True class →</source>
        <translation>Tatsächliche Klasse →</translation>
    </message>
</context>
<context>
    <name>graft::ui::DataPage</name>
    <message>
        <source>Dataset drop zone</source>
        <translation>Ablagebereich für den Datensatz</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>Datensatz ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Merge another folder with the same layout (its classes join the dataset)</source>
        <translation>Einen weiteren Ordner mit gleichem Aufbau einbeziehen (seine Klassen kommen zum Datensatz hinzu)</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu einlesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No dataset yet.</source>
        <translation>Noch kein Datensatz.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Drop image files onto a class to add copies of them to it. Right-click to rename or leave a class out.</source>
        <translation>Ziehen Sie Bilddateien auf eine Klasse, um Kopien davon hinzuzufügen. Rechtsklick: Klasse umbenennen oder weglassen.</translation>
    </message>
    <message>
        <source>Images of the selected class</source>
        <translation>Bilder der gewählten Klasse</translation>
    </message>
    <message>
        <source>Dataset warnings and bad files</source>
        <translation>Warnungen zum Datensatz und fehlerhafte Dateien</translation>
    </message>
    <message>
        <source>Warnings and bad files</source>
        <translation>Warnungen und fehlerhafte Dateien</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>Doppelklick öffnet die Datei</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Share of each class held back to measure accuracy during training</source>
        <translation>Anteil jeder Klasse, der zurückgehalten wird, um während des Trainings die Genauigkeit zu messen</translation>
    </message>
    <message>
        <source>Share of each class kept aside for a final test, never seen while training</source>
        <translation>Anteil jeder Klasse, der für einen abschließenden Test beiseitegelegt und beim Training nie gesehen wird</translation>
    </message>
    <message>
        <source>The same seed gives the same split</source>
        <translation>Derselbe Startwert ergibt dieselbe Aufteilung</translation>
    </message>
    <message>
        <source>(none: split the dataset)</source>
        <translation>(keiner: den Datensatz aufteilen)</translation>
    </message>
    <message>
        <source>A separate folder of validation images with the same class folders</source>
        <translation>Ein eigener Ordner mit Validierungsbildern und denselben Klassenordnern</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Validation folder</source>
        <translation>Validierungsordner</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>or validation folder:</source>
        <translation>oder Validierungsordner:</translation>
    </message>
    <message>
        <source>The dataset could not be read: %1</source>
        <translation>Der Datensatz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Einlesen abgebrochen.</translation>
    </message>
    <message>
        <source>Open dataset: the folder with one sub-folder per class</source>
        <translation>Datensatz öffnen: der Ordner mit je einem Unterordner pro Klasse</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 (left out)</source>
        <translation>%1 (weggelassen)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Bad files (%1), skipped</source>
        <translation>Fehlerhafte Dateien (%1), übersprungen</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln image(s) into the class “%1” (%2)? The originals stay where they are.</source>
        <translation>
            <numerusform>%Ln Bild in die Klasse „%1“ (%2) kopieren? Das Original bleibt, wo es ist.</numerusform>
            <numerusform>%Ln Bilder in die Klasse „%1“ (%2) kopieren? Die Originale bleiben, wo sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation>Klasse umbenennen …</translation>
    </message>
    <message>
        <source>Include in training</source>
        <translation>Ins Training aufnehmen</translation>
    </message>
    <message>
        <source>Leave out of training</source>
        <translation>Vom Training ausnehmen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>Klasse umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1” (renames its folder in every dataset folder):</source>
        <translation>Neuer Name für „%1“ (benennt den Ordner in jedem Datensatzordner um):</translation>
    </message>
    <message>
        <source>A class name cannot contain “/” or start with a dot.</source>
        <translation>Ein Klassenname darf kein „/“ enthalten und nicht mit einem Punkt beginnen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not rename %1; check permissions.</source>
        <translation>%1 konnte nicht umbenannt werden; prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Train on %1 and validate on %2</source>
        <translation>Mit %1 trainieren und mit %2 validieren</translation>
    </message>
    <message numerus="yes">
        <source> · validation folder: %Ln image(s)</source>
        <translation>
            <numerusform> · Validierungsordner: %Ln Bild</numerusform>
            <numerusform> · Validierungsordner: %Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: validation folder: %1</source>
        <translation>Fehler: Validierungsordner: %1</translation>
    </message>
    <message>
        <source>Error: the validation folder holds no images in folders named like the classes</source>
        <translation>Fehler: Der Validierungsordner enthält keine Bilder in Ordnern mit den Namen der Klassen</translation>
    </message>
    <message>
        <source>The validation folder has no images of: %1</source>
        <translation>Der Validierungsordner hat keine Bilder von: %1</translation>
    </message>
    <message>
        <source>Bad files in the validation folder (%1), skipped</source>
        <translation>Fehlerhafte Dateien im Validierungsordner (%1), übersprungen</translation>
    </message>
    <message>
        <source>Open %1 (it holds the classes)</source>
        <translation>%1 öffnen (enthält die Klassen)</translation>
    </message>
    <message>
        <source>Checking the validation folder %1…</source>
        <translation>Validierungsordner %1 wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln Klasse</numerusform>
            <numerusform>%Ln Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad file(s)</source>
        <translation>
            <numerusform>%Ln fehlerhafte Datei</numerusform>
            <numerusform>%Ln fehlerhafte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>largest/smallest class %1×</source>
        <translation>größte/kleinste Klasse %1×</translation>
    </message>
    <message numerus="yes">
        <source>Identical files (%Ln group(s))</source>
        <translation>
            <numerusform>Identische Dateien (%Ln Gruppe)</numerusform>
            <numerusform>Identische Dateien (%Ln Gruppen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln image(s) into %1</source>
        <translation>
            <numerusform>%Ln Bild nach %1 kopiert</numerusform>
            <numerusform>%Ln Bilder nach %1 kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for training</source>
        <translation>
            <numerusform>%Ln zum Trainieren</numerusform>
            <numerusform>%Ln zum Trainieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for validation</source>
        <translation>
            <numerusform>%Ln zur Validierung</numerusform>
            <numerusform>%Ln zur Validierung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for testing</source>
        <translation>
            <numerusform>%Ln zum Testen</numerusform>
            <numerusform>%Ln zum Testen</numerusform>
        </translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>Bilder: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ignored files (%Ln)</source>
        <translation>
            <numerusform>Ignorierte Dateien (%Ln)</numerusform>
            <numerusform>Ignorierte Dateien (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a folder here that holds one sub-folder per class, or the class folders themselves (cats/ and dogs/ together); or use Open dataset.</source>
        <translation>Legen Sie hier einen Ordner mit einem Unterordner pro Klasse ab, oder die Klassenordner selbst (cats/ und dogs/ zusammen); oder verwenden Sie „Datensatz öffnen“.</translation>
    </message>
    <message>
        <source>Add a folder: one with class sub-folders, or the images of one class</source>
        <translation>Ordner hinzufügen: einen mit Klassen-Unterordnern oder die Bilder einer Klasse</translation>
    </message>
    <message>
        <source>No images yet: drop some onto this row</source>
        <translation>Noch keine Bilder: ziehen Sie welche auf diese Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more folder(s)</source>
        <translation>
            <numerusform>%1 und %Ln weiterer Ordner</numerusform>
            <numerusform>%1 und %Ln weitere Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln left out)</source>
        <translation>
            <numerusform> (%Ln weggelassen)</numerusform>
            <numerusform> (%Ln weggelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding images</source>
        <translation>Bilder werden gesucht</translation>
    </message>
    <message>
        <source>Checking images</source>
        <translation>Bilder werden geprüft</translation>
    </message>
    <message>
        <source>Checking image headers</source>
        <translation>Bildköpfe werden geprüft</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1: bisher %2</translation>
    </message>
    <message>
        <source>No images in %1 yet: drop some onto its row on the left</source>
        <translation>Noch keine Bilder in %1: ziehen Sie welche auf ihre Zeile links</translation>
    </message>
    <message>
        <source>%1 is not there (moved, renamed, or on a drive that is not connected): connect it and Rescan, or choose where it is now with Open dataset… (the project keeps its settings and runs)</source>
        <translation>%1 ist nicht da (verschoben, umbenannt oder auf einem nicht angeschlossenen Laufwerk): schließen Sie es an und wählen Sie Neu einlesen, oder wählen Sie mit Datensatz öffnen …, wo er jetzt liegt (das Projekt behält seine Einstellungen und Läufe)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>In den Papierkorb verschieben …</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to the trash</source>
        <translation>
            <numerusform>%Ln Bild in den Papierkorb verschoben</numerusform>
            <numerusform>%Ln Bilder in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>In Klasse verschieben …</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>In Klasse verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln image(s) to the class:</source>
        <translation>
            <numerusform>%Ln Bild in die Klasse verschieben:</numerusform>
            <numerusform>%Ln Bilder in die Klasse verschieben:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to %1</source>
        <translation>
            <numerusform>%Ln Bild nach %1 verschoben</numerusform>
            <numerusform>%Ln Bilder nach %1 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Start with your images</source>
        <translation>Beginnen Sie mit Ihren Bildern</translation>
    </message>
    <message>
        <source>Put them in one folder per class, each named after its class:</source>
        <translation>Legen Sie sie in einen Ordner pro Klasse, jeder nach seiner Klasse benannt:</translation>
    </message>
    <message>
        <source>Then drop the &lt;b&gt;photos&lt;/b&gt; folder here, or use &lt;b&gt;Open dataset&lt;/b&gt;. Twenty or more images per class work well. Graft reads JPEG, PNG, BMP, WebP and TIFF files and never changes them.</source>
        <translation>Ziehen Sie dann den Ordner &lt;b&gt;photos&lt;/b&gt; hierher oder wählen Sie &lt;b&gt;Datensatz öffnen&lt;/b&gt;. Zwanzig oder mehr Bilder pro Klasse funktionieren gut. Graft liest JPEG-, PNG-, BMP-, WebP- und TIFF-Dateien und verändert sie nie.</translation>
    </message>
    <message>
        <source>Try the sample dataset</source>
        <translation>Beispieldatensatz ausprobieren</translation>
    </message>
    <message>
        <source>Fashion-MNIST: 600 small pictures of clothes in 10 classes, to see every step before preparing your own images</source>
        <translation>Fashion-MNIST: 600 kleine Bilder von Kleidung in 10 Klassen, um jeden Schritt zu sehen, bevor Sie eigene Bilder vorbereiten</translation>
    </message>
    <message>
        <source>Install Debian&apos;s dataset-fashion-mnist package to try the sample</source>
        <translation>Installieren Sie Debians Paket dataset-fashion-mnist, um das Beispiel auszuprobieren</translation>
    </message>
    <message>
        <source>about %1×%2 px</source>
        <translation>etwa %1×%2 px</translation>
    </message>
    <message>
        <source>%1×%2 px</source>
        <translation>%1×%2 px</translation>
    </message>
</context>
<context>
    <name>graft::ui::EvaluatePage</name>
    <message>
        <source>Run to evaluate</source>
        <translation>Auszuwertender Lauf</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>Validierungsbildern</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>Testbildern</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Choose a run and evaluate it.</source>
        <translation>Wählen Sie einen Lauf und werten Sie ihn aus.</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>Kennzahlen je Klasse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Precision: of the images predicted as this class, the share that are. Recall: of the images of this class, the share found. F1 balances both.</source>
        <translation>Präzision: Anteil der als diese Klasse vorhergesagten Bilder, die wirklich dazugehören. Trefferquote: Anteil der Bilder dieser Klasse, die erkannt wurden. F1 verbindet beides.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its images.</source>
        <translation>Klicken Sie auf eine Zelle der Matrix, um ihre Bilder zu sehen.</translation>
    </message>
    <message>
        <source>Images of the selected cell</source>
        <translation>Bilder der gewählten Zelle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>In Klasse verschieben …</translation>
    </message>
    <message>
        <source>Fix a mislabelled image: move the file into another class folder of the dataset</source>
        <translation>Falsch zugeordnetes Bild korrigieren: die Datei in einen anderen Klassenordner des Datensatzes verschieben</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Auswertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>Trainieren Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird ausgewertet …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 image(s) recognised correctly, most confident first</source>
        <translation>
            <numerusform>%Ln Bild der Klasse %1 richtig erkannt, das sicherste zuerst</numerusform>
            <numerusform>%Ln Bilder der Klasse %1 richtig erkannt, die sichersten zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 image(s) taken for %2, most confident first</source>
        <translation>
            <numerusform>%Ln Bild der Klasse %1 für %2 gehalten, das sicherste zuerst</numerusform>
            <numerusform>%Ln Bilder der Klasse %1 für %2 gehalten, die sichersten zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
predicted %2 with %3% confidence</source>
        <translation>%1
als %2 vorhergesagt, Konfidenz %3 %</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>In Klasse verschieben</translation>
    </message>
    <message>
        <source>Select one or more images first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Bilder aus.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln image(s) to the class:</source>
        <translation>
            <numerusform>%Ln Bild in die Klasse verschieben:</numerusform>
            <numerusform>%Ln Bilder in die Klasse verschieben:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) into the dataset folder of “%1”? The move is recorded in the project.</source>
        <translation>
            <numerusform>%Ln Datei in den Datensatzordner von „%1“ verschieben? Die Verschiebung wird im Projekt festgehalten.</numerusform>
            <numerusform>%Ln Dateien in den Datensatzordner von „%1“ verschieben? Die Verschiebung wird im Projekt festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 into the class “%2”?</source>
        <translation>%1 in die Klasse „%2“ verschieben?</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 nach %2 verschoben</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln image(s) could not be read and were left out</source>
        <translation>
            <numerusform> · %Ln Bild konnte nicht gelesen werden und wurde ausgelassen</numerusform>
            <numerusform> · %Ln Bilder konnten nicht gelesen werden und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>a labelled folder…</source>
        <translation>einem beschrifteten Ordner …</translation>
    </message>
    <message>
        <source>Images to evaluate on</source>
        <translation>Bilder für die Auswertung</translation>
    </message>
    <message>
        <source>The run&apos;s validation or test images, or another folder with one sub-folder per class</source>
        <translation>Die Validierungs- oder Testbilder des Laufs oder ein anderer Ordner mit je einem Unterordner pro Klasse</translation>
    </message>
    <message>
        <source>Save &amp;predictions…</source>
        <translation>&amp;Vorhersagen speichern …</translation>
    </message>
    <message>
        <source>Write every image&apos;s true class, predicted class and confidence to a CSV file</source>
        <translation>Für jedes Bild die tatsächliche Klasse, die vorhergesagte Klasse und die Konfidenz in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Save predictions</source>
        <translation>Vorhersagen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source> · left out, as the model does not know them: %1</source>
        <translation> · ausgelassen, da das Modell sie nicht kennt: %1</translation>
    </message>
    <message>
        <source>Evaluate on a labelled folder (one sub-folder per class)</source>
        <translation>Mit einem beschrifteten Ordner auswerten (je ein Unterordner pro Klasse)</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy %1% · macro F1 %2 · %Ln image(s)</source>
        <translation>
            <numerusform>Genauigkeit %1 % · Makro-F1 %2 · %Ln Bild</numerusform>
            <numerusform>Genauigkeit %1 % · Makro-F1 %2 · %Ln Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Only images of the project&apos;s dataset or validation folders are moved here; %1 is another folder</source>
        <translation>Hier werden nur Bilder der Datensatz- oder Validierungsordner des Projekts verschoben; %1 ist ein anderer Ordner</translation>
    </message>
    <message>
        <source>Not defined: the model predicted this class for none of these images</source>
        <translation>Nicht definiert: Das Modell hat diese Klasse für keines dieser Bilder vorhergesagt</translation>
    </message>
    <message>
        <source>Not defined: none of these images belong to this class</source>
        <translation>Nicht definiert: Keines dieser Bilder gehört zu dieser Klasse</translation>
    </message>
    <message>
        <source>Not defined: this class is neither among these images nor among the predictions</source>
        <translation>Nicht definiert: Diese Klasse kommt weder unter diesen Bildern noch unter den Vorhersagen vor</translation>
    </message>
    <message>
        <source>No runs yet: train a model (step 3)</source>
        <translation>Noch keine Läufe: trainieren Sie ein Modell (Schritt 3)</translation>
    </message>
    <message>
        <source>Every image the model got wrong, most confident first: the likeliest to be mislabelled</source>
        <translation>Jedes Bild, bei dem das Modell falsch lag, das sicherste zuerst: am ehesten falsch beschriftet</translation>
    </message>
    <message>
        <source>No mistakes: every image was recognised. Click a cell of the matrix to see its images.</source>
        <translation>Keine Fehler: jedes Bild wurde erkannt. Klicken Sie auf eine Zelle der Matrix, um ihre Bilder zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) the model got wrong, most confident first (the likeliest to be mislabelled); click a cell of the matrix for one pair</source>
        <translation>
            <numerusform>%Ln Bild, bei dem das Modell falsch lag, das sicherste zuerst (am ehesten falsch beschriftet); klicken Sie auf eine Zelle der Matrix für ein Paar</numerusform>
            <numerusform>%Ln Bilder, bei denen das Modell falsch lag, die sichersten zuerst (am ehesten falsch beschriftet); klicken Sie auf eine Zelle der Matrix für ein Paar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2
%3%</source>
        <translation>%1 → %2
%3 %</translation>
    </message>
    <message>
        <source> · evaluated %1 (Evaluate runs it again)</source>
        <translation> · ausgewertet %1 (Auswerten führt es erneut aus)</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>Auswertung angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>None of the run&apos;s %Ln image(s) could be read: they are not where the run found them. If the dataset&apos;s folder was moved or renamed, open it at its new place on the Data step and evaluate again.</source>
        <translation>
            <numerusform>%Ln Bild des Laufs konnte nicht gelesen werden: Es liegt nicht mehr dort, wo der Lauf es fand. Wurde der Ordner des Datensatzes verschoben oder umbenannt, öffnen Sie ihn im Schritt „Daten“ an seinem neuen Ort und evaluieren Sie erneut.</numerusform>
            <numerusform>Keines der %Ln Bilder des Laufs konnte gelesen werden: Sie liegen nicht mehr dort, wo der Lauf sie fand. Wurde der Ordner des Datensatzes verschoben oder umbenannt, öffnen Sie ihn im Schritt „Daten“ an seinem neuen Ort und evaluieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No image was evaluated.</source>
        <translation>Es wurde kein Bild evaluiert.</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>In den Papierkorb verschieben …</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to the trash</source>
        <translation>
            <numerusform>%Ln Bild in den Papierkorb verschoben</numerusform>
            <numerusform>%Ln Bilder in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Mo&amp;ve to class…</source>
        <translation>In &amp;Klasse verschieben …</translation>
    </message>
    <message>
        <source>All mista&amp;kes</source>
        <translation>Alle &amp;Fehler</translation>
    </message>
    <message>
        <source>Evaluate the run on these images (Ctrl+Shift+E); press again to stop</source>
        <translation>Den Lauf auf diesen Bildern auswerten (Strg+Umschalt+E); erneut drücken zum Anhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Where the model looks…</source>
        <translation>Wohin das Modell schaut …</translation>
    </message>
    <message>
        <source>%1: its guess, %2, right</source>
        <translation>%1: seine Vermutung, %2, richtig</translation>
    </message>
    <message>
        <source>%1: its guess, %2</source>
        <translation>%1: seine Vermutung, %2</translation>
    </message>
    <message>
        <source>%1: the true class</source>
        <translation>%1: die richtige Klasse</translation>
    </message>
    <message>
        <source>%1: the true class, %2</source>
        <translation>%1: die richtige Klasse, %2</translation>
    </message>
    <message>
        <source>Where it &amp;looks…</source>
        <translation>Wohin es s&amp;chaut …</translation>
    </message>
    <message>
        <source>Where the model found the evidence for its guess, and for the true class, in the selected image (Grad-CAM): a model that looks at the background shows it here</source>
        <translation>Wo das Modell im ausgewählten Bild die Hinweise auf seine Vermutung und auf die richtige Klasse fand (Grad-CAM): Ein Modell, das auf den Hintergrund schaut, zeigt es hier</translation>
    </message>
    <message>
        <source>Where it looks</source>
        <translation>Wohin es schaut</translation>
    </message>
    <message>
        <source>Select an image first.</source>
        <translation>Wählen Sie zuerst ein Bild aus.</translation>
    </message>
    <message>
        <source>Heat m&amp;aps</source>
        <translation>Heatma&amp;ps</translation>
    </message>
    <message>
        <source>Colour every image where the model found the evidence for the class it chose (Grad-CAM): a model that looks at the background, or at a watermark, shows it at a glance</source>
        <translation>Jedes Bild dort einfärben, wo das Modell die Belege für die gewählte Klasse fand (Grad-CAM): Ein Modell, das auf den Hintergrund oder auf ein Wasserzeichen schaut, zeigt sich auf einen Blick</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern …</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of %1</source>
        <translation>
            <numerusform>%Ln Bild aus %1</numerusform>
            <numerusform>%Ln Bildern aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln test image(s) of the run</source>
        <translation>
            <numerusform>%Ln Testbild des Laufs</numerusform>
            <numerusform>%Ln Testbildern des Laufs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validation image(s) of the run</source>
        <translation>
            <numerusform>%Ln Validierungsbild des Laufs</numerusform>
            <numerusform>%Ln Validierungsbildern des Laufs</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>ausgewertet %1</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>Auswertung von %1</translation>
    </message>
    <message>
        <source>On %1. Made with Graft.</source>
        <translation>Bei %1. Erstellt mit Graft.</translation>
    </message>
    <message>
        <source>On %1, %2. Made with Graft.</source>
        <translation>Bei %1, %2. Erstellt mit Graft.</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>macro F1 %1</source>
        <translation>Makro-F1 %1</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source>%1 could not be read and were left out: %2</source>
        <translation>%1 konnten nicht gelesen werden und wurden ausgelassen: %2</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Je Klasse</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the class predicted.</source>
        <translation>Zeilen: die wahre Klasse; Spalten: die vorhergesagte Klasse.</translation>
    </message>
    <message>
        <source>Labelling with a threshold</source>
        <translation>Beschriften mit einer Schwelle</translation>
    </message>
    <message>
        <source>Files the model is less sure of than the threshold go to _uncertain/ for a person; how many of these images each threshold labels, and how many of those are right.</source>
        <translation>Dateien, bei denen sich das Modell weniger sicher ist als die Schwelle, kommen für einen Menschen nach _uncertain/; wie viele dieser Bilder jede Schwelle beschriftet und wie viele davon richtig sind.</translation>
    </message>
    <message>
        <source>Uncertain below</source>
        <translation>Unsicher unter</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Beschriftet</translation>
    </message>
    <message>
        <source>Right of those</source>
        <translation>Davon richtig</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>None: every image was recognised.</source>
        <translation>Keine: Jedes Bild wurde erkannt.</translation>
    </message>
    <message>
        <source>All %1 images the model got wrong, the most confident first: the likeliest to be mislabelled.</source>
        <translation>Alle %1 Bilder, bei denen das Modell falsch lag, die sichersten zuerst: am ehesten falsch beschriftet.</translation>
    </message>
    <message>
        <source>The %1 of %2 images the model got wrong, the most confident first: the likeliest to be mislabelled.</source>
        <translation>Die %1 von %2 Bildern, bei denen das Modell falsch lag, die sichersten zuerst: am ehesten falsch beschriftet.</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Das Modell</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>ImageNet (pretrained)</source>
        <translation>ImageNet (vortrainiert)</translation>
    </message>
    <message>
        <source>none (trained from scratch)</source>
        <translation>keine (von Grund auf trainiert)</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Eingabegröße</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>%1 (the model of epoch %2)</source>
        <translation>%1 (das Modell aus Epoche %2)</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>%1, learning rate %2</source>
        <translation>%1, Lernrate %2</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert auf</translation>
    </message>
    <message>
        <source>on</source>
        <comment>augmentation is on</comment>
        <translation>an</translation>
    </message>
    <message>
        <source>Writing the report: %1 of %2 pictures</source>
        <translation>Der Bericht wird geschrieben: %1 von %2 Bildern</translation>
    </message>
    <message>
        <source>One HTML page to keep or send: the metrics, the confusion matrix, what a labelling threshold does, and the most confident mistakes with their pictures and where the model looks in them</source>
        <translation>Eine HTML-Seite zum Aufbewahren oder Verschicken: die Kennzahlen, die Konfusionsmatrix, was eine Schwelle beim Beschriften bewirkt, und die sichersten Fehler mit ihren Bildern und wohin das Modell darin schaut</translation>
    </message>
    <message>
        <source>Report stopped: nothing was written</source>
        <translation>Bericht angehalten: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Stop &amp;report</source>
        <translation>&amp;Bericht anhalten</translation>
    </message>
</context>
<context>
    <name>graft::ui::Format</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>graft::ui::HeatMapDialog</name>
    <message>
        <source>Where the model looks — %1</source>
        <translation>Wohin das Modell schaut — %1</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Red: where the model found the most evidence for the class; blue: none (Grad-CAM on %1, the pictures on one scale).</source>
        <translation>Rot: wo das Modell die meisten Hinweise auf die Klasse fand; Blau: keine (Grad-CAM auf %1, die Bilder auf einer gemeinsamen Skala).</translation>
    </message>
    <message>
        <source>Red: where the model found the most evidence for the class; blue: none (Grad-CAM on %1).</source>
        <translation>Rot: wo das Modell die meisten Hinweise auf die Klasse fand; Blau: keine (Grad-CAM auf %1).</translation>
    </message>
    <message>
        <source>The darkened edge is cropped off before the model looks.</source>
        <translation>Der abgedunkelte Rand wird abgeschnitten, bevor das Modell hinschaut.</translation>
    </message>
    <message>
        <source>Where it looks could not be shown: %1</source>
        <translation>Wohin es schaut, konnte nicht gezeigt werden: %1</translation>
    </message>
    <message>
        <source>(no place speaks for it)</source>
        <translation>(keine Stelle spricht dafür)</translation>
    </message>
</context>
<context>
    <name>graft::ui::LayerTreeModel</name>
    <message>
        <source> (classifier)</source>
        <translation> (Klassifikator)</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>Trainierbar</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>%1 of %2 parameters trainable</source>
        <translation>%1 von %2 Parametern trainierbar</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>graft::ui::LearningRateDialog</name>
    <message>
        <source>Find a learning rate</source>
        <translation>Lernrate finden</translation>
    </message>
    <message>
        <source>The model trains on the training images for up to %1 batches while the learning rate rises from %2 to %3, and the loss is watched: it falls, then takes off. A good rate lies where it falls fastest. Nothing is kept: the run starts afresh with the rate chosen.</source>
        <translation>Das Modell trainiert bis zu %1 Batches lang auf den Trainingsbildern, während die Lernrate von %2 auf %3 steigt, und der Verlust wird beobachtet: Er fällt und schießt dann in die Höhe. Eine gute Rate liegt dort, wo er am schnellsten fällt. Nichts wird behalten: Der Lauf beginnt neu mit der gewählten Rate.</translation>
    </message>
    <message>
        <source>Loss by learning rate</source>
        <translation>Verlust nach Lernrate</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>Verlust (geglättet)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Computing the frozen layers once: %1 of %2 images</source>
        <translation>Die eingefrorenen Schichten werden einmal berechnet: %1 von %2 Bildern</translation>
    </message>
    <message>
        <source>Batch %1 of %2: learning rate %3, loss %4</source>
        <translation>Batch %1 von %2: Lernrate %3, Verlust %4</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln batch(es).</source>
        <translation>
            <numerusform>Nach %Ln Batch angehalten.</numerusform>
            <numerusform>Nach %Ln Batches angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few batches to suggest a rate: the loss took off at once, or the search was stopped early. Click the chart to choose one.</source>
        <translation>Zu wenige Batches für einen Vorschlag: Der Verlust schoss sofort in die Höhe, oder die Suche wurde früh angehalten. Klicken Sie ins Diagramm, um eine Rate zu wählen.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>%1 &amp;verwenden</translation>
    </message>
    <message>
        <source>Suggested: %1, where the loss fell fastest (red line); lowest loss at %2; the rate set now, %3, is the green line. Click the chart to choose another rate.</source>
        <translation>Vorschlag: %1, wo der Verlust am schnellsten fiel (rote Linie); geringster Verlust bei %2; die jetzt eingestellte Rate, %3, ist die grüne Linie. Klicken Sie ins Diagramm, um eine andere Rate zu wählen.</translation>
    </message>
</context>
<context>
    <name>graft::ui::MainWindow</name>
    <message>
        <source>1  Data</source>
        <translation>1  Daten</translation>
    </message>
    <message>
        <source>2  Model</source>
        <translation>2  Modell</translation>
    </message>
    <message>
        <source>3  Train</source>
        <translation>3  Training</translation>
    </message>
    <message>
        <source>4  Evaluate</source>
        <translation>4  Auswertung</translation>
    </message>
    <message>
        <source>5  Use</source>
        <translation>5  Anwenden</translation>
    </message>
    <message>
        <source>Choose and check the images (Ctrl+1)</source>
        <translation>Bilder wählen und prüfen (Strg+1)</translation>
    </message>
    <message>
        <source>Choose a network and what it learns (Ctrl+2)</source>
        <translation>Netz wählen und festlegen, was es lernt (Strg+2)</translation>
    </message>
    <message>
        <source>Train and watch it learn (Ctrl+3)</source>
        <translation>Trainieren und beim Lernen zusehen (Strg+3)</translation>
    </message>
    <message>
        <source>See where it is right and wrong (Ctrl+4)</source>
        <translation>Sehen, wo es richtig und wo es falsch liegt (Strg+4)</translation>
    </message>
    <message>
        <source>Export it and label new images (Ctrl+5)</source>
        <translation>Exportieren und neue Bilder zuordnen (Strg+5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>&amp;Datensatz öffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Import weights from file…</source>
        <translation>Gewichte aus Datei &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Download weights</source>
        <translation>Gewichte &amp;herunterladen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Pausieren / fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Augmentation preview…</source>
        <translation>&amp;Vorschau der Datenaugmentierung …</translation>
    </message>
    <message>
        <source>&amp;Export TorchScript…</source>
        <translation>Als TorchScript &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Graft</source>
        <translation>&amp;Über Graft</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1[*] — Graft</source>
        <translation>%1[*] — Graft</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Graft projects (*.graft)</source>
        <translation>Graft-Projekte (*.graft)</translation>
    </message>
    <message>
        <source>Sample project: Fashion-MNIST with MobileNetV2. Press F5 to train.</source>
        <translation>Beispielprojekt: Fashion-MNIST mit MobileNetV2. Drücken Sie F5, um zu trainieren.</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>About Graft</source>
        <translation>Über Graft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Graft %1&lt;/h3&gt;&lt;p&gt;No-code transfer learning for image classifiers.&lt;/p&gt;&lt;p&gt;Built with LibTorch %2, Qt %3, OpenCV %4 and QCustomPlot.&lt;/p&gt;&lt;p&gt;Pretrained weights are torchvision&apos;s, trained on ImageNet-1k: check its terms before commercial use.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Graft %1&lt;/h3&gt;&lt;p&gt;Transfer-Learning für Bildklassifikatoren – ganz ohne Programmieren.&lt;/p&gt;&lt;p&gt;Erstellt mit LibTorch %2, Qt %3, OpenCV %4 und QCustomPlot.&lt;/p&gt;&lt;p&gt;Die vortrainierten Gewichte stammen aus torchvision und wurden mit ImageNet-1k trainiert: Prüfen Sie vor einer kommerziellen Nutzung dessen Bedingungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>&amp;Continue selected run</source>
        <translation>Gewählten Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Add a &amp;run folder…</source>
        <translation>&amp;Laufordner hinzufügen …</translation>
    </message>
    <message>
        <source>Stop training and quit? The run can be continued later: select it on the Train step and press Continue run.</source>
        <translation>Training stoppen und beenden? Der Lauf kann später fortgesetzt werden: Wählen Sie ihn im Schritt Training und drücken Sie „Lauf fortsetzen“.</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %Ln thread(s)</source>
        <translation>
            <numerusform>CPU, %Ln Thread</numerusform>
            <numerusform>CPU, %Ln Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Where training, evaluation and labelling run on this computer (Preferences, or the Train step&apos;s Compute box)</source>
        <translation>Wo Training, Auswertung und Zuordnung auf diesem Computer laufen (Einstellungen oder der Kasten „Rechnen“ im Schritt Trainieren)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved project</source>
        <translation>Ungespeichertes Projekt</translation>
    </message>
    <message numerus="yes">
        <source>Graft was closed without saving a project with %Ln run(s) (last changed %1). Restore it?</source>
        <translation>
            <numerusform>Graft wurde beendet, ohne ein Projekt mit %Ln Lauf zu speichern (zuletzt geändert %1). Wiederherstellen?</numerusform>
            <numerusform>Graft wurde beendet, ohne ein Projekt mit %Ln Läufen zu speichern (zuletzt geändert %1). Wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its run folders are kept either way; Discard only forgets this list.</source>
        <translation>Seine Lauf-Ordner bleiben in jedem Fall erhalten; Verwerfen vergisst nur diese Liste.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the unsaved project: %1</source>
        <translation>Keine Kopie des ungespeicherten Projekts möglich: %1</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Try the &amp;sample dataset</source>
        <translation>&amp;Beispieldatensatz ausprobieren</translation>
    </message>
    <message>
        <source>Sample dataset</source>
        <translation>Beispieldatensatz</translation>
    </message>
    <message>
        <source>The sample dataset could not be made: %1</source>
        <translation>Der Beispieldatensatz konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>graft::ui::ModelPage</name>
    <message>
        <source>Architectures</source>
        <translation>Architekturen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>GFLOPs</source>
        <translation>GFLOPs</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Larger models learn better features but train and run slower. GFLOPs: computation per image.</source>
        <translation>Größere Modelle lernen bessere Merkmale, trainieren und laufen aber langsamer. GFLOPs: Rechenaufwand je Bild.</translation>
    </message>
    <message>
        <source>Pretrained weights</source>
        <translation>Vortrainierte Gewichte</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>He&amp;runterladen</translation>
    </message>
    <message>
        <source>Download torchvision&apos;s official ImageNet weights once; they are checked and cached</source>
        <translation>Die offiziellen ImageNet-Gewichte von torchvision einmal herunterladen; sie werden geprüft und zwischengespeichert</translation>
    </message>
    <message>
        <source>&amp;Import weights from file…</source>
        <translation>Gewichte aus Datei &amp;importieren …</translation>
    </message>
    <message>
        <source>Use a .pth/.pt file you have (for example on a computer without internet)</source>
        <translation>Eine vorhandene .pth/.pt-Datei verwenden (zum Beispiel auf einem Rechner ohne Internet)</translation>
    </message>
    <message>
        <source>Train from scratch (no pretrained weights)</source>
        <translation>Von Grund auf trainieren (ohne vortrainierte Gewichte)</translation>
    </message>
    <message>
        <source>Needs far more images and time; pretrained weights are almost always better</source>
        <translation>Braucht viel mehr Bilder und Zeit; vortrainierte Gewichte sind fast immer besser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 · %3/s · %4 left</source>
        <translation>%1 von %2 · %3/s · noch %4</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Herunterladen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Without internet: %2</source>
        <translation>%1

Ohne Internet: %2</translation>
    </message>
    <message>
        <source>Layers and their trainable state</source>
        <translation>Schichten und ob sie trainiert werden</translation>
    </message>
    <message>
        <source>Tick what should learn. Frozen layers keep their ImageNet knowledge and train much faster. Right-click: train from a layer on.</source>
        <translation>Haken Sie an, was lernen soll. Eingefrorene Schichten behalten ihr ImageNet-Wissen und trainieren viel schneller. Rechtsklick: ab einer Schicht trainieren.</translation>
    </message>
    <message>
        <source>Freeze the whole network but the new classifier: fastest, best for small datasets</source>
        <translation>Das ganze Netz bis auf den neuen Klassifikator einfrieren: am schnellsten, am besten für kleine Datensätze</translation>
    </message>
    <message>
        <source>Fine-tune &amp;last</source>
        <translation>Die &amp;letzten feinabstimmen:</translation>
    </message>
    <message>
        <source>Also train the last blocks of the network: better with more images</source>
        <translation>Auch die letzten Blöcke des Netzes trainieren: besser bei mehr Bildern</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> Blöcke</translation>
    </message>
    <message>
        <source>Number of blocks to fine-tune</source>
        <translation>Anzahl der feinabzustimmenden Blöcke</translation>
    </message>
    <message>
        <source>Fine-tune &amp;all</source>
        <translation>Alles &amp;feinabstimmen</translation>
    </message>
    <message>
        <source>Train every layer: most flexible, slowest, needs the most images</source>
        <translation>Jede Schicht trainieren: am flexibelsten, am langsamsten, braucht die meisten Bilder</translation>
    </message>
    <message>
        <source>New classifier</source>
        <translation>Neuer Klassifikator</translation>
    </message>
    <message>
        <source>none (one linear layer)</source>
        <translation>keine (eine lineare Schicht)</translation>
    </message>
    <message>
        <source>A hidden layer between the features and the classes can help with very different images</source>
        <translation>Eine verdeckte Schicht zwischen Merkmalen und Klassen kann bei sehr andersartigen Bildern helfen</translation>
    </message>
    <message>
        <source>Dropout before the last layer when there is a hidden layer (fights overfitting)</source>
        <translation>Dropout vor der letzten Schicht, wenn es eine verdeckte Schicht gibt (wirkt Überanpassung entgegen)</translation>
    </message>
    <message>
        <source>Hidden units:</source>
        <translation>Verdeckte Einheiten:</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout:</translation>
    </message>
    <message>
        <source>Weights imported</source>
        <translation>Gewichte importiert</translation>
    </message>
    <message>
        <source>download (%1)</source>
        <translation>Download (%1)</translation>
    </message>
    <message>
        <source>%1 will start from random weights.</source>
        <translation>%1 beginnt mit zufälligen Gewichten.</translation>
    </message>
    <message>
        <source>Weights file: %1</source>
        <translation>Gewichtsdatei: %1</translation>
    </message>
    <message>
        <source>ImageNet weights for %1 are not on this computer yet (%2). Download them, or import a file.</source>
        <translation>Die ImageNet-Gewichte für %1 sind noch nicht auf diesem Rechner (%2). Laden Sie sie herunter oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <source>ImageNet weights found (%1): %2</source>
        <translation>ImageNet-Gewichte gefunden (%1): %2</translation>
    </message>
    <message>
        <source>Import weights</source>
        <translation>Gewichte importieren</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt *.bin);;All files (*)</source>
        <translation>PyTorch-Gewichte (*.pth *.pt *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Loading the layers of %1…</source>
        <translation>Die Schichten von %1 werden geladen …</translation>
    </message>
    <message>
        <source>Trainable: %1 of %2 parameters (%3%)</source>
        <translation>Trainierbar: %1 von %2 Parametern (%3 %)</translation>
    </message>
    <message>
        <source>Train from “%1” on (freeze everything above)</source>
        <translation>Ab „%1“ trainieren (alles davor einfrieren)</translation>
    </message>
    <message>
        <source>Freeze “%1”</source>
        <translation>„%1“ einfrieren</translation>
    </message>
    <message>
        <source>Train “%1”</source>
        <translation>„%1“ trainieren</translation>
    </message>
    <message>
        <source>PyTorch hub cache</source>
        <translation>PyTorch-Hub-Cache</translation>
    </message>
    <message>
        <source>Graft cache</source>
        <translation>Graft-Zwischenspeicher</translation>
    </message>
    <message>
        <source>weights folder</source>
        <translation>Gewichtsordner</translation>
    </message>
    <message>
        <source>imported file</source>
        <translation>importierte Datei</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>Top-1 %</source>
        <translation>Top-1 %</translation>
    </message>
    <message>
        <source>Computation for one image, in billions of operations</source>
        <translation>Rechenaufwand für ein Bild, in Milliarden Operationen</translation>
    </message>
    <message>
        <source>Input size in pixels the network was trained at</source>
        <translation>Eingabegröße in Pixeln, mit der das Netz trainiert wurde</translation>
    </message>
    <message>
        <source>Accuracy on ImageNet (top-1) with torchvision&apos;s weights</source>
        <translation>Genauigkeit auf ImageNet (Top-1) mit den Gewichten von torchvision</translation>
    </message>
    <message>
        <source>Where the pretrained weights are, or their download size</source>
        <translation>Wo die vortrainierten Gewichte liegen, oder ihre Downloadgröße</translation>
    </message>
    <message>
        <source>Weights not imported</source>
        <translation>Gewichte nicht importiert</translation>
    </message>
    <message>
        <source>Train head &amp;only</source>
        <translation>Nur den &amp;Klassifikator trainieren</translation>
    </message>
</context>
<context>
    <name>graft::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Weights cache</source>
        <translation>Gewichtszwischenspeicher</translation>
    </message>
    <message>
        <source>Folders searched for weights files: official names, or &lt;model&gt;-*.pth</source>
        <translation>Ordner, in denen nach Gewichtsdateien gesucht wird: offizielle Namen oder &lt;Modell&gt;-*.pth</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Weights folder</source>
        <translation>Gewichtsordner</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Save the project automatically</source>
        <translation>Projekt automatisch speichern</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>Weights cache:</source>
        <translation>Gewichtszwischenspeicher:</translation>
    </message>
    <message>
        <source>Weights folders:</source>
        <translation>Gewichtsordner:</translation>
    </message>
    <message>
        <source>PyTorch&apos;s hub cache is always searched: %1</source>
        <translation>Der Hub-Zwischenspeicher von PyTorch wird immer durchsucht: %1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when Graft starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Graft.</translation>
    </message>
    <message>
        <source>No CUDA GPU on this computer, or this LibTorch has no CUDA</source>
        <translation>Keine CUDA-GPU auf diesem Computer, oder diese LibTorch hat kein CUDA</translation>
    </message>
</context>
<context>
    <name>graft::ui::ThresholdDialog</name>
    <message>
        <source>Uncertain below</source>
        <translation>Unsicher unter</translation>
    </message>
    <message>
        <source>What a threshold does to the %1 (the model&apos;s last evaluation): files the model is less sure of go to _uncertain/ for a person to check, the others are labelled. Click or drag along the chart to choose one.</source>
        <translation>Was eine Schwelle bei den %1 bewirkt (der letzten Auswertung des Modells): Dateien, bei denen sich das Modell weniger sicher ist, kommen zur Prüfung durch einen Menschen nach _uncertain/, die übrigen werden beschriftet. Klicken oder ziehen Sie im Diagramm, um eine zu wählen.</translation>
    </message>
    <message>
        <source>Labelled images and how many of them are right, by threshold</source>
        <translation>Beschriftete Bilder und wie viele davon richtig sind, je Schwelle</translation>
    </message>
    <message>
        <source>uncertain below (confidence, %)</source>
        <translation>unsicher unter (Konfidenz, %)</translation>
    </message>
    <message>
        <source>% of images</source>
        <translation>% der Bilder</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>beschriftet</translation>
    </message>
    <message>
        <source>right, of the labelled</source>
        <translation>richtig, von den beschrifteten</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&amp;Uncertain below:</source>
        <translation>&amp;Unsicher unter:</translation>
    </message>
    <message>
        <source>Labels &amp;right at least:</source>
        <translation>Beschriftungen mindestens &amp;richtig:</translation>
    </message>
    <message>
        <source>&amp;Lowest threshold for it</source>
        <translation>&amp;Niedrigste Schwelle dafür</translation>
    </message>
    <message>
        <source>The threshold that leaves the fewest files to a person while the labelled ones are at least this often right</source>
        <translation>Die Schwelle, die einem Menschen die wenigsten Dateien überlässt, während die beschrifteten mindestens so oft richtig sind</translation>
    </message>
    <message>
        <source>No threshold gets %1 of the labels right on these images.</source>
        <translation>Keine Schwelle erreicht auf diesen Bildern %1 richtige Beschriftungen.</translation>
    </message>
    <message>
        <source>all labelled, %1 right.</source>
        <translation>alle beschriftet, %1 richtig.</translation>
    </message>
    <message>
        <source>none labelled: all go to _uncertain/.</source>
        <translation>keines beschriftet: alle kommen nach _uncertain/.</translation>
    </message>
    <message>
        <source>%1 labelled (%2), %3 of them right; %4 to _uncertain/.</source>
        <translation>%1 beschriftet (%2), davon %3 richtig; %4 nach _uncertain/.</translation>
    </message>
</context>
<context>
    <name>graft::ui::TrainPage</name>
    <message>
        <source>Start a new run with these settings (F5)</source>
        <translation>Einen neuen Lauf mit diesen Einstellungen starten (F5)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause after the current batch; press again to resume</source>
        <translation>Nach dem laufenden Batch anhalten; erneut drücken zum Fortsetzen</translation>
    </message>
    <message>
        <source>Stop after the current batch. The best model so far is kept and the run can be resumed.</source>
        <translation>Nach dem laufenden Batch stoppen. Das bisher beste Modell bleibt erhalten, und der Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Batch %v of %m</source>
        <translation>Batch %v von %m</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>training (smoothed)</source>
        <translation>Training (geglättet)</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>Genauigkeit in %</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Trainingsprotokoll</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>How many times training goes through all training images. More epochs can fit better, until the model starts memorising (watch the validation curves).</source>
        <translation>Wie oft das Training alle Trainingsbilder durchläuft. Mehr Epochen können besser anpassen, bis das Modell beginnt, auswendig zu lernen (achten Sie auf die Validierungskurven).</translation>
    </message>
    <message>
        <source>Images per training step. Larger batches are faster per image but need more memory; 16–64 works for most.</source>
        <translation>Bilder je Trainingsschritt. Größere Batches sind pro Bild schneller, brauchen aber mehr Speicher; 16–64 passt meistens.</translation>
    </message>
    <message>
        <source>The images are resized and cropped to this size. The model&apos;s own size is best; smaller is faster.</source>
        <translation>Die Bilder werden auf diese Größe skaliert und zugeschnitten. Die Größe des Modells selbst ist am besten; kleiner ist schneller.</translation>
    </message>
    <message>
        <source>How weights are updated. Adam adapts per weight and is forgiving; SGD with momentum can generalise better with tuning.</source>
        <translation>Wie die Gewichte angepasst werden. Adam passt sich je Gewicht an und ist gutmütig; SGD mit Momentum kann mit etwas Abstimmung besser verallgemeinern.</translation>
    </message>
    <message>
        <source>Step size of each update for the new classifier. Too high: the loss jumps or explodes; too low: slow progress. 0.001 suits Adam.</source>
        <translation>Schrittweite jeder Anpassung für den neuen Klassifikator. Zu hoch: Der Verlust springt oder explodiert; zu niedrig: langsamer Fortschritt. 0,001 passt zu Adam.</translation>
    </message>
    <message>
        <source>SGD only: how much of the previous update carries over (0.9 is usual).</source>
        <translation>Nur SGD: wie viel von der vorigen Anpassung mitgenommen wird (üblich ist 0,9).</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
    <message>
        <source>Learning rate of unfrozen pretrained layers as a multiple of the classifier&apos;s. Small values (0.1) keep what they learned on ImageNet.</source>
        <translation>Lernrate der nicht eingefrorenen vortrainierten Schichten als Vielfaches der Lernrate des Klassifikators. Kleine Werte (0,1) bewahren, was sie auf ImageNet gelernt haben.</translation>
    </message>
    <message>
        <source>Pulls weights towards zero to fight overfitting.</source>
        <translation>Zieht die Gewichte Richtung null, um Überanpassung entgegenzuwirken.</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>One-Cycle</translation>
    </message>
    <message>
        <source>How the learning rate changes over the run. Cosine lowers it smoothly to zero.</source>
        <translation>Wie sich die Lernrate im Lauf ändert. Kosinus senkt sie gleichmäßig auf null.</translation>
    </message>
    <message>
        <source>Epochs over which the learning rate ramps up from zero; steadies the first steps.</source>
        <translation>Epochen, über die die Lernrate von null ansteigt; stabilisiert die ersten Schritte.</translation>
    </message>
    <message>
        <source>Makes the model less over-confident; 0.1 is a common choice.</source>
        <translation>Macht das Modell weniger übermäßig sicher; 0,1 ist eine übliche Wahl.</translation>
    </message>
    <message>
        <source>Weight classes by rarity</source>
        <translation>Seltene Klassen stärker gewichten</translation>
    </message>
    <message>
        <source>For imbalanced datasets: mistakes on small classes count more.</source>
        <translation>Für unausgewogene Datensätze: Fehler bei kleinen Klassen zählen mehr.</translation>
    </message>
    <message>
        <source>Stop when validation has not improved for this many epochs (0 = never stop early). The best model is kept either way.</source>
        <translation>Stoppen, wenn sich die Validierung so viele Epochen lang nicht verbessert hat (0 = nie vorzeitig stoppen). Das beste Modell bleibt in jedem Fall erhalten.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>What decides the best model and early stopping.</source>
        <translation>Was über das beste Modell und den vorzeitigen Stopp entscheidet.</translation>
    </message>
    <message>
        <source>The same seed, data and settings give the same results.</source>
        <translation>Derselbe Startwert, dieselben Daten und Einstellungen ergeben dieselben Ergebnisse.</translation>
    </message>
    <message>
        <source>Augment training images</source>
        <translation>Trainingsbilder augmentieren</translation>
    </message>
    <message>
        <source>Random changes to each training image every epoch, so the model learns what matters. With a frozen backbone, turning it off lets Graft compute the frozen layers once (much faster).</source>
        <translation>Zufällige Veränderungen an jedem Trainingsbild in jeder Epoche, damit das Modell lernt, worauf es ankommt. Bei eingefrorenem Rückgrat kann Graft ohne Augmentierung die eingefrorenen Schichten einmal vorab berechnen (viel schneller).</translation>
    </message>
    <message>
        <source>Random crops and zoom</source>
        <translation>Zufällige Ausschnitte und Zoom</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>Horizontal spiegeln</translation>
    </message>
    <message>
        <source>Turn off when left and right matter (text, arrows)</source>
        <translation>Ausschalten, wenn links und rechts eine Rolle spielen (Text, Pfeile)</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees</source>
        <translation>Zufällige Drehung um bis zu so viele Grad</translation>
    </message>
    <message>
        <source>Random brightness, contrast and saturation changes of up to this strength</source>
        <translation>Zufällige Änderungen von Helligkeit, Kontrast und Sättigung bis zu dieser Stärke</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Show what augmentation makes of a training image</source>
        <translation>Zeigen, was die Augmentierung aus einem Trainingsbild macht</translation>
    </message>
    <message>
        <source>Automatic uses the GPU when there is one</source>
        <translation>„Automatisch“ verwendet die GPU, wenn eine vorhanden ist</translation>
    </message>
    <message>
        <source>CPU threads for training (0 = all cores)</source>
        <translation>CPU-Threads für das Training (0 = alle Kerne)</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Input size:</source>
        <translation>Eingabegröße:</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>Optimierer:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <source>Backbone rate ×:</source>
        <translation>Rate des Rückgrats ×:</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>Gewichtsabnahme:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Warm-up epochs:</source>
        <translation>Aufwärm-Epochen:</translation>
    </message>
    <message>
        <source>Label smoothing:</source>
        <translation>Label-Glättung:</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>Vorzeitiger Stopp:</translation>
    </message>
    <message>
        <source>Best model by:</source>
        <translation>Bestes Modell nach:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Rotation (°):</source>
        <translation>Drehung (°):</translation>
    </message>
    <message>
        <source>Colour jitter:</source>
        <translation>Farbvariation:</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Open a dataset on the Data step first.</source>
        <translation>Öffnen Sie zuerst im Schritt „Daten“ einen Datensatz.</translation>
    </message>
    <message>
        <source>The dataset cannot be used yet: %1</source>
        <translation>Der Datensatz kann noch nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>Laufordner: %1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Stoppt nach dem laufenden Batch …</translation>
    </message>
    <message>
        <source>Computing frozen layers %v of %m</source>
        <translation>Eingefrorene Schichten werden berechnet: %v von %m</translation>
    </message>
    <message>
        <source>%1 images/s (frozen layers computed once)</source>
        <translation>%1 Bilder/s (eingefrorene Schichten einmal vorab berechnet)</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 validation</source>
        <translation>%1 Validierung</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz.</translation>
    </message>
    <message>
        <source>Augmentation preview</source>
        <translation>Vorschau der Augmentierung</translation>
    </message>
    <message>
        <source>As validation sees it</source>
        <translation>So, wie die Validierung es sieht</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training gestoppt</translation>
    </message>
    <message>
        <source>Training stopped early: no more improvement</source>
        <translation>Training vorzeitig beendet: keine Verbesserung mehr</translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <source>Select a run to show its curves and continue it; tick runs to overlay their validation curves</source>
        <translation>Wählen Sie einen Lauf, um seine Kurven zu sehen und ihn fortzusetzen; haken Sie Läufe an, um ihre Validierungskurven einzublenden</translation>
    </message>
    <message>
        <source>Continue run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>%1 is being trained right now, by another Graft window or graft-cli. Wait for it to end, or stop it there first.</source>
        <translation>%1 wird gerade trainiert, in einem anderen Graft-Fenster oder mit graft-cli. Warten Sie, bis es endet, oder stoppen Sie es dort zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>This run has finished its %Ln epoch(s); give more epochs to train it further.</source>
        <translation>
            <numerusform>Dieser Lauf hat seine %Ln Epoche abgeschlossen; geben Sie mehr Epochen an, um ihn weiter zu trainieren.</numerusform>
            <numerusform>Dieser Lauf hat seine %Ln Epochen abgeschlossen; geben Sie mehr Epochen an, um ihn weiter zu trainieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continuing %1 after epoch %2, up to epoch %3</source>
        <translation>%1 wird nach Epoche %2 fortgesetzt, bis Epoche %3</translation>
    </message>
    <message>
        <source>Train further</source>
        <translation>Weiter trainieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 has trained for %Ln epoch(s). Train it up to how many epochs in all?</source>
        <translation>
            <numerusform>%1 wurde %Ln Epoche lang trainiert. Bis zu wie vielen Epochen insgesamt weiter trainieren?</numerusform>
            <numerusform>%1 wurde %Ln Epochen lang trainiert. Bis zu wie vielen Epochen insgesamt weiter trainieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a run</source>
        <translation>Lauf hinzufügen</translation>
    </message>
    <message>
        <source>Add a run folder (made by graft-cli train or another project)</source>
        <translation>Laufordner hinzufügen (von graft-cli train oder einem anderen Projekt)</translation>
    </message>
    <message>
        <source>%1
Its program ended while it trained; Continue run goes on from its last completed epoch.</source>
        <translation>%1
Sein Programm endete während des Trainings; „Lauf fortsetzen“ macht ab seiner letzten abgeschlossenen Epoche weiter.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>folder missing</source>
        <translation>Ordner fehlt</translation>
    </message>
    <message>
        <source>Train the selected run further, for more epochs</source>
        <translation>Den gewählten Lauf weiter trainieren, für mehr Epochen</translation>
    </message>
    <message>
        <source>Continue the selected run from its last completed epoch (after a stop, a crash or quitting)</source>
        <translation>Den gewählten Lauf ab seiner letzten abgeschlossenen Epoche fortsetzen (nach einem Stopp, einem Absturz oder dem Beenden)</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <source>Remove from the list (keep its folder)</source>
        <translation>Aus der Liste entfernen (Ordner behalten)</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>In den Papierkorb verschieben …</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move the run %1 and its models to the trash? It can be restored from there.</source>
        <translation>Den Lauf %1 mit seinen Modellen in den Papierkorb verschieben? Von dort lässt er sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>Lauf entfernen</translation>
    </message>
    <message>
        <source>%1 is being trained right now; stop it first.</source>
        <translation>%1 wird gerade trainiert; stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash; remove it yourself, or check its permissions.</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden; entfernen Sie ihn selbst oder prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Use its settings for the next run</source>
        <translation>Seine Einstellungen für den nächsten Lauf übernehmen</translation>
    </message>
    <message>
        <source>Use a run&apos;s settings</source>
        <translation>Einstellungen eines Laufs übernehmen</translation>
    </message>
    <message>
        <source>The next run uses the settings of %1</source>
        <translation>Der nächste Lauf verwendet die Einstellungen von %1</translation>
    </message>
    <message>
        <source>Paused: press Resume (F6) to go on</source>
        <translation>Pausiert: „Fortsetzen“ (F6) drücken, um weiterzumachen</translation>
    </message>
    <message>
        <source>%1&apos;s ImageNet weights are not on this computer yet. Download them (%2) and start training when they are here?</source>
        <translation>Die ImageNet-Gewichte von %1 sind noch nicht auf diesem Computer. Jetzt herunterladen (%2) und das Training starten, sobald sie da sind?</translation>
    </message>
    <message>
        <source>Downloading the weights; training starts when they are here.</source>
        <translation>Die Gewichte werden heruntergeladen; das Training beginnt, sobald sie da sind.</translation>
    </message>
    <message>
        <source>The weights were not downloaded; training did not start.</source>
        <translation>Die Gewichte wurden nicht heruntergeladen; das Training wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Best model: —</source>
        <translation>Bestes Modell: —</translation>
    </message>
    <message>
        <source>Best model: epoch %1 · validation accuracy %2%</source>
        <translation>Bestes Modell: Epoche %1 · Validierungsgenauigkeit %2 %</translation>
    </message>
    <message>
        <source>%1
Failed: %2</source>
        <translation>%1
Fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Augmentation is off: every epoch sees the original. Above: what it would do.</source>
        <translation>Augmentierung ist aus: Jede Epoche sieht das Original. Oben: was sie bewirken würde.</translation>
    </message>
    <message>
        <source>Another image</source>
        <translation>Anderes Bild</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Original (%1), then seven augmentations</source>
        <translation>Original (%1), dann sieben Augmentierungen</translation>
    </message>
    <message>
        <source>This computer&apos;s setting (also in Preferences), for every project: where training, evaluation and labelling run</source>
        <translation>Einstellung dieses Computers (auch unter Einstellungen), für jedes Projekt: wo Training, Auswertung und Zuordnung laufen</translation>
    </message>
    <message>
        <source>%v of %m epochs</source>
        <translation>%v von %m Epochen</translation>
    </message>
    <message>
        <source>Epoch %1 of %m</source>
        <translation>Epoche %1 von %m</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n batches an epoch</source>
        <translation>
            <numerusform>%n Batch pro Epoche</numerusform>
            <numerusform>%n Batches pro Epoche</numerusform>
        </translation>
    </message>
    <message>
        <source>SGD only, with a momentum above 0: a look-ahead form of momentum</source>
        <translation>Nur SGD, mit einem Momentum über 0: eine vorausschauende Form des Momentums</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>&amp;Continue run</source>
        <translation>&amp;Lauf fortsetzen</translation>
    </message>
    <message>
        <source>%1 left for the frozen layers</source>
        <translation>noch %1 für die eingefrorenen Schichten</translation>
    </message>
    <message>
        <source>The images are %1×%2 px, enlarged %3× here. Half this size (%4 px) trains about 4× faster, at some cost in accuracy.</source>
        <translation>Die Bilder sind %1×%2 px groß und werden hier %3-fach vergrößert. Die halbe Größe (%4 px) trainiert etwa 4-mal so schnell, auf Kosten von etwas Genauigkeit.</translation>
    </message>
    <message>
        <source>The images are about %1×%2 px, enlarged %3× here. Half this size (%4 px) trains about 4× faster, at some cost in accuracy.</source>
        <translation>Die Bilder sind etwa %1×%2 px groß und werden hier %3-fach vergrößert. Die halbe Größe (%4 px) trainiert etwa 4-mal so schnell, auf Kosten von etwas Genauigkeit.</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>Try rates from very small to too large on a few batches of your images, with these settings, and see where the loss falls fastest (the range test)</source>
        <translation>Raten von sehr klein bis zu groß an einigen Batches Ihrer Bilder mit diesen Einstellungen ausprobieren und sehen, wo der Verlust am schnellsten fällt (der Bereichstest)</translation>
    </message>
    <message>
        <source>Find a learning rate</source>
        <translation>Lernrate finden</translation>
    </message>
    <message>
        <source>Open a dataset that can be trained on (the Data step) first.</source>
        <translation>Öffnen Sie zuerst einen Datensatz, auf dem trainiert werden kann (Schritt Daten).</translation>
    </message>
    <message>
        <source>The model&apos;s ImageNet weights are not on this computer yet: download them on the Model step (Start offers it too), then search.</source>
        <translation>Die ImageNet-Gewichte des Modells sind noch nicht auf diesem Computer: Laden Sie sie im Schritt Modell herunter (Starten bietet es auch an) und suchen Sie dann.</translation>
    </message>
    <message>
        <source>Learning rate for the next run: %1 (from the learning-rate search)</source>
        <translation>Lernrate für den nächsten Lauf: %1 (aus der Lernratensuche)</translation>
    </message>
</context>
<context>
    <name>graft::ui::UsePage</name>
    <message>
        <source>Model to use</source>
        <translation>Zu verwendendes Modell</translation>
    </message>
    <message>
        <source>Other model file…</source>
        <translation>Andere Modelldatei …</translation>
    </message>
    <message>
        <source>Use an exported .pt file or a checkpoint</source>
        <translation>Eine exportierte .pt-Datei oder einen Checkpoint verwenden</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Graft models (*.pt);;All files (*)</source>
        <translation>Graft-Modelle (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Drop images to classify</source>
        <translation>Bilder zum Klassifizieren hierher ziehen</translation>
    </message>
    <message>
        <source>Drop images here</source>
        <translation>Bilder hierher ziehen</translation>
    </message>
    <message>
        <source>Choose images…</source>
        <translation>Bilder wählen …</translation>
    </message>
    <message>
        <source>Images to classify</source>
        <translation>Zu klassifizierende Bilder</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>E&amp;xport TorchScript…</source>
        <translation>Als TorchScript e&amp;xportieren …</translation>
    </message>
    <message>
        <source>One .pt file with the class names and preprocessing, for LibTorch (torch::jit::load) and Python (torch.jit.load)</source>
        <translation>Eine einzige .pt-Datei mit Klassennamen und Vorverarbeitung, für LibTorch (torch::jit::load) und Python (torch.jit.load)</translation>
    </message>
    <message>
        <source>Label a folder</source>
        <translation>Einen Ordner zuordnen</translation>
    </message>
    <message>
        <source>Folder of new images (searched with its sub-folders)</source>
        <translation>Ordner mit neuen Bildern (samt Unterordnern durchsucht)</translation>
    </message>
    <message>
        <source>Folder for labels.csv and the sorted images</source>
        <translation>Ordner für labels.csv und die sortierten Bilder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Images to label</source>
        <translation>Zuzuordnende Bilder</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>CSV only</source>
        <translation>Nur CSV</translation>
    </message>
    <message>
        <source>Copy into class folders</source>
        <translation>In Klassenordner kopieren</translation>
    </message>
    <message>
        <source>Move into class folders</source>
        <translation>In Klassenordner verschieben</translation>
    </message>
    <message>
        <source>Moves are recorded in a journal and can be undone</source>
        <translation>Verschiebungen werden protokolliert und lassen sich rückgängig machen</translation>
    </message>
    <message>
        <source>Images the model is less sure about go to _uncertain/ for a person to check</source>
        <translation>Bilder, bei denen sich das Modell weniger sicher ist, kommen zur Prüfung durch einen Menschen nach _uncertain/</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Ausgabeordner öffnen</translation>
    </message>
    <message>
        <source>Undo copies/moves</source>
        <translation>Kopieren/Verschieben rückgängig machen</translation>
    </message>
    <message>
        <source>Labelling results</source>
        <translation>Ergebnisse der Zuordnung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Uncertain below:</source>
        <translation>Unsicher unter:</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%v of %m · %1 images/s</source>
        <translation>%v von %m · %1 Bilder/s</translation>
    </message>
    <message>
        <source>Labelling failed: %1</source>
        <translation>Zuordnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Train a model first (or choose a model file).</source>
        <translation>Trainieren Sie zuerst ein Modell (oder wählen Sie eine Modelldatei).</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>Trainieren Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Export TorchScript</source>
        <translation>Als TorchScript exportieren</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Move the images out of %1 into class folders? The moves can be undone.</source>
        <translation>Die Bilder aus %1 in Klassenordner verschieben? Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Choose a model, the folder of images and an output folder.</source>
        <translation>Wählen Sie ein Modell, den Bildordner und einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>Labelling…</source>
        <translation>Wird zugeordnet …</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had been copied or moved by an earlier run into this output folder and stay where they are.</source>
        <translation>
            <numerusform>%Ln davon wurde von einem früheren Lauf in diesen Ausgabeordner kopiert oder verschoben und bleibt, wo es ist.</numerusform>
            <numerusform>%Ln davon wurden von einem früheren Lauf in diesen Ausgabeordner kopiert oder verschoben und bleiben, wo sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing %v of %m</source>
        <translation>Rückgängig: %v von %m</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln file(s) back as they were.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %Ln Datei ist wieder wie vorher.</numerusform>
            <numerusform>Rückgängig gemacht: %Ln Dateien sind wieder wie vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read (see the table).</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht gelesen werden (siehe Tabelle).</numerusform>
            <numerusform>%Ln Dateien konnten nicht gelesen werden (siehe Tabelle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %Ln file(s) copied or moved into %1 back as they were</source>
        <translation>
            <numerusform>Die %Ln nach %1 kopierte oder verschobene Datei wiederherstellen</numerusform>
            <numerusform>Die %Ln nach %1 kopierten oder verschobenen Dateien wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo in the output folder</source>
        <translation>Im Ausgabeordner gibt es nichts rückgängig zu machen</translation>
    </message>
    <message numerus="yes">
        <source>Put the %Ln file(s) copied or moved into %1 back as they were?</source>
        <translation>
            <numerusform>Die %Ln nach %1 kopierte oder verschobene Datei wiederherstellen?</numerusform>
            <numerusform>Die %Ln nach %1 kopierten oder verschobenen Dateien wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht …</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln image(s) in %1 s (%2 s loading the model, then %3 images/s): %4.</source>
        <translation>
            <numerusform>Nach %Ln Bild in %1 s gestoppt (%2 s zum Laden des Modells, dann %3 Bilder/s): %4.</numerusform>
            <numerusform>Nach %Ln Bildern in %1 s gestoppt (%2 s zum Laden des Modells, dann %3 Bilder/s): %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %Ln image(s) in %1 s (%2 s loading the model, then %3 images/s): %4.</source>
        <translation>
            <numerusform>%Ln Bild in %1 s zugeordnet (%2 s zum Laden des Modells, dann %3 Bilder/s): %4.</numerusform>
            <numerusform>%Ln Bilder in %1 s zugeordnet (%2 s zum Laden des Modells, dann %3 Bilder/s): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the row to see the image and its scores under “Try it”.</source>
        <translation>Zeile auswählen, um das Bild und seine Werte unter „Ausprobieren“ zu sehen.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Files labelled with a lower confidence go to _uncertain/ for a person to check.</source>
        <translation>Dateien mit geringerer Konfidenz kommen zur Prüfung durch einen Menschen nach _uncertain/.</translation>
    </message>
    <message>
        <source>Images tried</source>
        <translation>Ausprobierte Bilder</translation>
    </message>
    <message>
        <source>%1 — %2 %3%</source>
        <translation>%1 — %2 %3 %</translation>
    </message>
    <message>
        <source>%1 — could not be read</source>
        <translation>%1 — nicht lesbar</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Try it: %1 of %Ln image(s) classified</source>
        <translation>
            <numerusform>Ausprobieren: %1 von %Ln Bild eingeordnet</numerusform>
            <numerusform>Ausprobieren: %1 von %Ln Bildern eingeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop classifying; the images done so far are listed</source>
        <translation>Klassifizieren anhalten; die bis dahin erledigten Bilder werden aufgelistet</translation>
    </message>
    <message numerus="yes">
        <source>Try it stopped after %Ln image(s)</source>
        <translation>
            <numerusform>Ausprobieren nach %Ln Bild angehalten</numerusform>
            <numerusform>Ausprobieren nach %Ln Bildern angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>No trained model yet: train one (step 3), or choose a model file</source>
        <translation>Noch kein trainiertes Modell: trainieren Sie eines (Schritt 3) oder wählen Sie eine Modelldatei</translation>
    </message>
    <message>
        <source>Exported %1, with %2 (its classes and preprocessing) and %3, which classifies images in Python (python3 %3 IMAGE|FOLDER…); in code: torch.jit.load(&apos;%4&apos;)</source>
        <translation>%1 exportiert, mit %2 (Klassen und Vorverarbeitung) und %3, das Bilder in Python klassifiziert (python3 %3 BILD|ORDNER…); im Code: torch.jit.load(&apos;%4&apos;)</translation>
    </message>
    <message>
        <source>Add to the dataset as…</source>
        <translation>Zum Datensatz hinzufügen als …</translation>
    </message>
    <message>
        <source>Copy this image into a class folder of the project&apos;s dataset, to train on it next time</source>
        <translation>Dieses Bild in einen Klassenordner des Datensatzes kopieren, um beim nächsten Mal damit zu trainieren</translation>
    </message>
    <message>
        <source>Add to the dataset</source>
        <translation>Zum Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>Open a dataset on the Data step first.</source>
        <translation>Öffnen Sie zuerst im Schritt „Daten“ einen Datensatz.</translation>
    </message>
    <message>
        <source>Copy %1 into the class:</source>
        <translation>%1 in die Klasse kopieren:</translation>
    </message>
    <message>
        <source>%1 is in the dataset already; to change its class, use Move to class on the Evaluate step.</source>
        <translation>%1 ist bereits im Datensatz; um seine Klasse zu ändern, verwenden Sie „In Klasse verschieben“ im Schritt „Auswerten“.</translation>
    </message>
    <message>
        <source>The dataset has no folder for the class “%1”; add one with Add folder on the Data step.</source>
        <translation>Der Datensatz hat keinen Ordner für die Klasse „%1“; fügen Sie im Schritt Daten mit „Ordner hinzufügen“ einen hinzu.</translation>
    </message>
    <message>
        <source>%1 could not be copied into %2; check that the folder is writable and the disk has room.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden; prüfen Sie, ob der Ordner beschreibbar ist und die Festplatte Platz hat.</translation>
    </message>
    <message>
        <source>Added %1 to the dataset as %2 (a copy)</source>
        <translation>%1 als %2 zum Datensatz hinzugefügt (eine Kopie)</translation>
    </message>
    <message>
        <source>&amp;Where it looks</source>
        <translation>&amp;Wohin es schaut</translation>
    </message>
    <message>
        <source>Colour the parts of the picture that made the model choose its class (Grad-CAM): red most, blue least. Click a class&apos;s bar to see where it finds that class instead.</source>
        <translation>Die Teile des Bildes einfärben, die das Modell zu seiner Klasse geführt haben (Grad-CAM): Rot am meisten, Blau am wenigsten. Klicken Sie auf den Balken einer Klasse, um zu sehen, wo es stattdessen diese Klasse findet.</translation>
    </message>
    <message>
        <source>Click: where the model sees %1</source>
        <translation>Klicken: wo das Modell %1 sieht</translation>
    </message>
    <message>
        <source>Looking where the model sees %1…</source>
        <translation>Es wird gesucht, wo das Modell %1 sieht …</translation>
    </message>
    <message>
        <source>An exported TorchScript file keeps no layers to look into; choose the run it was exported from to see where the model looks.</source>
        <translation>Eine exportierte TorchScript-Datei enthält keine Schichten, in die man hineinsehen kann; wählen Sie den Lauf, aus dem sie exportiert wurde, um zu sehen, wohin das Modell schaut.</translation>
    </message>
    <message>
        <source>Where the model sees %1: red most, blue least (Grad-CAM on %2).</source>
        <translation>Wo das Modell %1 sieht: Rot am meisten, Blau am wenigsten (Grad-CAM auf %2).</translation>
    </message>
    <message>
        <source>No place in the picture speaks for %1: the model chose it because the other classes scored lower still (Grad-CAM on %2).</source>
        <translation>Keine Stelle im Bild spricht für %1: Das Modell hat die Klasse gewählt, weil die anderen Klassen noch niedriger bewertet wurden (Grad-CAM auf %2).</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Wäh&amp;len…</translation>
    </message>
    <message>
        <source>See on the model&apos;s evaluation how many files each threshold labels and how many of them are right</source>
        <translation>An der Auswertung des Modells sehen, wie viele Dateien jede Schwelle beschriftet und wie viele davon richtig sind</translation>
    </message>
    <message numerus="yes">
        <source>%Ln test image(s) of %1</source>
        <translation>
            <numerusform>%Ln Testbild von %1</numerusform>
            <numerusform>%Ln Testbildern von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validation image(s) of %1</source>
        <translation>
            <numerusform>%Ln Validierungsbild von %1</numerusform>
            <numerusform>%Ln Validierungsbildern von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the model&apos;s evaluation: choose a run evaluated on the Evaluate step</source>
        <translation>Braucht die Auswertung des Modells: wählen Sie einen Lauf, der im Schritt Auswerten ausgewertet wurde</translation>
    </message>
    <message>
        <source>Evaluate this run (step 4) to see here what a threshold does to its images.</source>
        <translation>Werten Sie diesen Lauf aus (Schritt 4), um hier zu sehen, was eine Schwelle bei seinen Bildern bewirkt.</translation>
    </message>
    <message>
        <source>On the %1: %2</source>
        <translation>Bei den %1: %2</translation>
    </message>
    <message>
        <source>Undone %v of %m</source>
        <translation>Rückgängig gemacht: %v von %m</translation>
    </message>
</context>
<context>
    <name>graft::ui::Workspace</name>
    <message>
        <source>The weights file %1 is missing.</source>
        <translation>Die Gewichtsdatei %1 fehlt.</translation>
    </message>
    <message>
        <source>No ImageNet weights for %1 yet: download them or import a file on the Model step.</source>
        <translation>Noch keine ImageNet-Gewichte für %1: Laden Sie sie im Schritt „Modell“ herunter oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 is not inside the project&apos;s dataset or validation folders.</source>
        <translation>%1 liegt in keinem Datensatz- oder Validierungsordner des Projekts.</translation>
    </message>
    <message>
        <source>The dataset has no folder for the class “%1”; add one with Add folder on the Data step.</source>
        <translation>Der Datensatz hat keinen Ordner für die Klasse „%1“; fügen Sie im Schritt Daten mit „Ordner hinzufügen“ einen hinzu.</translation>
    </message>
    <message>
        <source>Could not move %1 (check permissions).</source>
        <translation>%1 konnte nicht verschoben werden (prüfen Sie die Zugriffsrechte).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No-code transfer learning for image classifiers</source>
        <translation>Transfer-Learning für Bildklassifikatoren ohne Programmieren</translation>
    </message>
    <message>
        <source>Open the sample project on this dataset</source>
        <translation>Das Beispielprojekt mit diesem Datensatz öffnen</translation>
    </message>
    <message>
        <source>A .graft project, a dataset folder, or class folders</source>
        <translation>Ein .graft-Projekt, ein Datensatzordner oder Klassenordner</translation>
    </message>
</context>
</TS>

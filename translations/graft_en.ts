<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EngineMessage</name>
    <message numerus="yes">
        <source>%Ln image(s) of the run are not where the run found them, such as %1.</source>
        <translation>
            <numerusform>%Ln image of the run is not where the run found it: %1.</numerusform>
            <numerusform>%Ln images of the run are not where the run found them, such as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run are not where the run found them, such as %1, every training image of the class %2.</source>
        <translation>
            <numerusform>%Ln image of the run is not where the run found it: %1, the only training image of the class %2.</numerusform>
            <numerusform>%Ln images of the run are not where the run found them, such as %1, every training image of the class %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Device: CPU, %Ln thread(s)</source>
        <translation>
            <numerusform>Device: CPU, %Ln thread</numerusform>
            <numerusform>Device: CPU, %Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Model: %1 with the weights %2: %Ln tensor(s) loaded (%3)</source>
        <translation>
            <numerusform>Model: %1 with the weights %2: %Ln tensor loaded (%3)</numerusform>
            <numerusform>Model: %1 with the weights %2: %Ln tensors loaded (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Early stop: the validation loss has not improved for %Ln epoch(s); the best model is from epoch %1</source>
        <translation>
            <numerusform>Early stop: the validation loss has not improved for %Ln epoch; the best model is from epoch %1</numerusform>
            <numerusform>Early stop: the validation loss has not improved for %Ln epochs; the best model is from epoch %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Early stop: the validation accuracy has not improved for %Ln epoch(s); the best model is from epoch %1</source>
        <translation>
            <numerusform>Early stop: the validation accuracy has not improved for %Ln epoch; the best model is from epoch %1</numerusform>
            <numerusform>Early stop: the validation accuracy has not improved for %Ln epochs; the best model is from epoch %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by the user after %Ln complete epoch(s); continue the run to go on</source>
        <translation>
            <numerusform>Stopped by the user after %Ln complete epoch; continue the run to go on</numerusform>
            <numerusform>Stopped by the user after %Ln complete epochs; continue the run to go on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run found in %1, where their dataset is now (it was in %2)</source>
        <translation>
            <numerusform>%Ln image of the run found in %1, where its dataset is now (it was in %2)</numerusform>
            <numerusform>%Ln images of the run found in %1, where their dataset is now (it was in %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) in class folders renamed since the run began: read from the renamed folders, with the run&apos;s class names</source>
        <translation>
            <numerusform>%Ln image in a class folder renamed since the run began: read from the renamed folder, with the run&apos;s class name</numerusform>
            <numerusform>%Ln images in class folders renamed since the run began: read from the renamed folders, with the run&apos;s class names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) moved to another class since the run began: used where they are now, with their new class</source>
        <translation>
            <numerusform>%Ln image moved to another class since the run began: used where it is now, with its new class</numerusform>
            <numerusform>%Ln images moved to another class since the run began: used where they are now, with their new class</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run no longer there (deleted, or moved out of the dataset), such as %1: trained without them; put them back to train on them again</source>
        <translation>
            <numerusform>%Ln image of the run is no longer there (deleted, or moved out of the dataset): %1; trained without it; put it back to train on it again</numerusform>
            <numerusform>%Ln images of the run are no longer there (deleted, or moved out of the dataset), such as %1: trained without them; put them back to train on them again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advice: the model was still improving at the last epoch (validation accuracy %1% to %2% over the last %Ln epoch(s)): more epochs may give a better one; Continue run trains it further</source>
        <translation>
            <numerusform>Advice: the model was still improving at the last epoch (validation accuracy %1% to %2% over the last %Ln epoch): more epochs may give a better one; Continue run trains it further</numerusform>
            <numerusform>Advice: the model was still improving at the last epoch (validation accuracy %1% to %2% over the last %Ln epochs): more epochs may give a better one; Continue run trains it further</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageTrash</name>
    <message numerus="yes">
        <source>Move %Ln image(s) to the trash? They can be restored from there. Continuing a run trains without them; a new run leaves them out.</source>
        <translation>
            <numerusform>Move %Ln image to the trash? It can be restored from there. Continuing a run trains without it; a new run leaves it out.</numerusform>
            <numerusform>Move %Ln images to the trash? They can be restored from there. Continuing a run trains without them; a new run leaves them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::ConfusionMatrixWidget</name>
    <message numerus="yes">
        <source>%1: %Ln image(s) recognised%2</source>
        <translation>
            <numerusform>%1: %Ln image recognised%2</numerusform>
            <numerusform>%1: %Ln images recognised%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 taken for %2: %Ln image(s)%3</source>
        <translation>
            <numerusform>%1 taken for %2: %Ln image%3</numerusform>
            <numerusform>%1 taken for %2: %Ln images%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::DataPage</name>
    <message numerus="yes">
        <source>Copy %Ln image(s) into the class “%1” (%2)? The originals stay where they are.</source>
        <translation>
            <numerusform>Copy %Ln image into the class “%1” (%2)? The original stays where it is.</numerusform>
            <numerusform>Copy %Ln images into the class “%1” (%2)? The originals stay where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · validation folder: %Ln image(s)</source>
        <translation>
            <numerusform> · validation folder: %Ln image</numerusform>
            <numerusform> · validation folder: %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln class</numerusform>
            <numerusform>%Ln classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad file(s)</source>
        <translation>
            <numerusform>%Ln bad file</numerusform>
            <numerusform>%Ln bad files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Identical files (%Ln group(s))</source>
        <translation>
            <numerusform>Identical files (%Ln group)</numerusform>
            <numerusform>Identical files (%Ln groups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln image(s) into %1</source>
        <translation>
            <numerusform>Copied %Ln image into %1</numerusform>
            <numerusform>Copied %Ln images into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for training</source>
        <translation>
            <numerusform>%Ln for training</numerusform>
            <numerusform>%Ln for training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for validation</source>
        <translation>
            <numerusform>%Ln for validation</numerusform>
            <numerusform>%Ln for validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for testing</source>
        <translation>
            <numerusform>%Ln for testing</numerusform>
            <numerusform>%Ln for testing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored files (%Ln)</source>
        <translation>
            <numerusform>Ignored files (%Ln)</numerusform>
            <numerusform>Ignored files (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more folder(s)</source>
        <translation>
            <numerusform>%1 and %Ln more folder</numerusform>
            <numerusform>%1 and %Ln more folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln left out)</source>
        <translation>
            <numerusform> (%Ln left out)</numerusform>
            <numerusform> (%Ln left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to the trash</source>
        <translation>
            <numerusform>Moved %Ln image to the trash</numerusform>
            <numerusform>Moved %Ln images to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln image(s) to the class:</source>
        <translation>
            <numerusform>Move %Ln image to the class:</numerusform>
            <numerusform>Move %Ln images to the class:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to %1</source>
        <translation>
            <numerusform>Moved %Ln image to %1</numerusform>
            <numerusform>Moved %Ln images to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::EvaluatePage</name>
    <message numerus="yes">
        <source>%Ln %1 image(s) recognised correctly, most confident first</source>
        <translation>
            <numerusform>%Ln %1 image recognised correctly</numerusform>
            <numerusform>%Ln %1 images recognised correctly, most confident first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 image(s) taken for %2, most confident first</source>
        <translation>
            <numerusform>%Ln %1 image taken for %2</numerusform>
            <numerusform>%Ln %1 images taken for %2, most confident first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln image(s) to the class:</source>
        <translation>
            <numerusform>Move %Ln image to the class:</numerusform>
            <numerusform>Move %Ln images to the class:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) into the dataset folder of “%1”? The move is recorded in the project.</source>
        <translation>
            <numerusform>Move %Ln file into the dataset folder of “%1”? The move is recorded in the project.</numerusform>
            <numerusform>Move %Ln files into the dataset folder of “%1”? The move is recorded in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln image(s) could not be read and were left out</source>
        <translation>
            <numerusform> · %Ln image could not be read and was left out</numerusform>
            <numerusform> · %Ln images could not be read and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy %1% · macro F1 %2 · %Ln image(s)</source>
        <translation>
            <numerusform>Accuracy %1% · macro F1 %2 · %Ln image</numerusform>
            <numerusform>Accuracy %1% · macro F1 %2 · %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) the model got wrong, most confident first (the likeliest to be mislabelled); click a cell of the matrix for one pair</source>
        <translation>
            <numerusform>%Ln image the model got wrong, most confident first (the likeliest to be mislabelled); click a cell of the matrix for one pair</numerusform>
            <numerusform>%Ln images the model got wrong, most confident first (the likeliest to be mislabelled); click a cell of the matrix for one pair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the run&apos;s %Ln image(s) could be read: they are not where the run found them. If the dataset&apos;s folder was moved or renamed, open it at its new place on the Data step and evaluate again.</source>
        <translation>
            <numerusform>The run&apos;s image could not be read: it is not where the run found it. If the dataset&apos;s folder was moved or renamed, open it at its new place on the Data step and evaluate again.</numerusform>
            <numerusform>None of the run&apos;s %Ln images could be read: they are not where the run found them. If the dataset&apos;s folder was moved or renamed, open it at its new place on the Data step and evaluate again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to the trash</source>
        <translation>
            <numerusform>Moved %Ln image to the trash</numerusform>
            <numerusform>Moved %Ln images to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of %1</source>
        <translation>
            <numerusform>%Ln image of %1</numerusform>
            <numerusform>%Ln images of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln test image(s) of the run</source>
        <translation>
            <numerusform>%Ln test image of the run</numerusform>
            <numerusform>%Ln test images of the run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validation image(s) of the run</source>
        <translation>
            <numerusform>%Ln validation image of the run</numerusform>
            <numerusform>%Ln validation images of the run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::LearningRateDialog</name>
    <message numerus="yes">
        <source>Stopped after %Ln batch(es).</source>
        <translation>
            <numerusform>Stopped after %Ln batch.</numerusform>
            <numerusform>Stopped after %Ln batches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::MainWindow</name>
    <message numerus="yes">
        <source>CPU, %Ln thread(s)</source>
        <translation>
            <numerusform>CPU, %Ln thread</numerusform>
            <numerusform>CPU, %Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graft was closed without saving a project with %Ln run(s) (last changed %1). Restore it?</source>
        <translation>
            <numerusform>Graft was closed without saving a project with %Ln run (last changed %1). Restore it?</numerusform>
            <numerusform>Graft was closed without saving a project with %Ln runs (last changed %1). Restore it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::TrainPage</name>
    <message numerus="yes">
        <source>This run has finished its %Ln epoch(s); give more epochs to train it further.</source>
        <translation>
            <numerusform>This run has finished its %Ln epoch; give more epochs to train it further.</numerusform>
            <numerusform>This run has finished its %Ln epochs; give more epochs to train it further.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has trained for %Ln epoch(s). Train it up to how many epochs in all?</source>
        <translation>
            <numerusform>%1 has trained for %Ln epoch. Train it up to how many epochs in all?</numerusform>
            <numerusform>%1 has trained for %Ln epochs. Train it up to how many epochs in all?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batches an epoch</source>
        <translation>
            <numerusform>%n batch an epoch</numerusform>
            <numerusform>%n batches an epoch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::UsePage</name>
    <message numerus="yes">
        <source>%Ln of them had been copied or moved by an earlier run into this output folder and stay where they are.</source>
        <translation>
            <numerusform>%Ln of them had been copied or moved by an earlier run into this output folder and stays where it is.</numerusform>
            <numerusform>%Ln of them had been copied or moved by an earlier run into this output folder and stay where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln file(s) back as they were.</source>
        <translation>
            <numerusform>Undone: %Ln file back as it was.</numerusform>
            <numerusform>Undone: %Ln files back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read (see the table).</source>
        <translation>
            <numerusform>%Ln file could not be read (see the table).</numerusform>
            <numerusform>%Ln files could not be read (see the table).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %Ln file(s) copied or moved into %1 back as they were</source>
        <translation>
            <numerusform>Put the %Ln file copied or moved into %1 back as it was</numerusform>
            <numerusform>Put the %Ln files copied or moved into %1 back as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %Ln file(s) copied or moved into %1 back as they were?</source>
        <translation>
            <numerusform>Put the %Ln file copied or moved into %1 back as it was?</numerusform>
            <numerusform>Put the %Ln files copied or moved into %1 back as they were?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln image(s) in %1 s (%2 s loading the model, then %3 images/s): %4.</source>
        <translation>
            <numerusform>Stopped after %Ln image in %1 s (%2 s loading the model, then %3 images/s): %4.</numerusform>
            <numerusform>Stopped after %Ln images in %1 s (%2 s loading the model, then %3 images/s): %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %Ln image(s) in %1 s (%2 s loading the model, then %3 images/s): %4.</source>
        <translation>
            <numerusform>Labelled %Ln image in %1 s (%2 s loading the model, then %3 images/s): %4.</numerusform>
            <numerusform>Labelled %Ln images in %1 s (%2 s loading the model, then %3 images/s): %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try it: %1 of %Ln image(s) classified</source>
        <translation>
            <numerusform>Try it: %1 of %Ln image classified</numerusform>
            <numerusform>Try it: %1 of %Ln images classified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try it stopped after %Ln image(s)</source>
        <translation>
            <numerusform>Try it stopped after %Ln image</numerusform>
            <numerusform>Try it stopped after %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln test image(s) of %1</source>
        <translation>
            <numerusform>%Ln test image of %1</numerusform>
            <numerusform>%Ln test images of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validation image(s) of %1</source>
        <translation>
            <numerusform>%Ln validation image of %1</numerusform>
            <numerusform>%Ln validation images of %1</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>graft::ui::ConfusionMatrixWidget</name>
    <message numerus="yes">
        <source>%1: %n image(s) recognised%2</source>
        <translation>
            <numerusform>%1: %n image recognised%2</numerusform>
            <numerusform>%1: %n images recognised%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 taken for %2: %n image(s)%3</source>
        <translation>
            <numerusform>%1 taken for %2: %n image%3</numerusform>
            <numerusform>%1 taken for %2: %n images%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::DataPage</name>
    <message numerus="yes">
        <source>Copy %n image(s) into the class “%1” (%2)? The originals stay where they are.</source>
        <translation>
            <numerusform>Copy %n image into the class “%1” (%2)? The original stays where it is.</numerusform>
            <numerusform>Copy %n images into the class “%1” (%2)? The originals stay where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · validation folder: %n image(s)</source>
        <translation>
            <numerusform> · validation folder: %n image</numerusform>
            <numerusform> · validation folder: %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad file(s)</source>
        <translation>
            <numerusform>%n bad file</numerusform>
            <numerusform>%n bad files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Identical files (%n group(s))</source>
        <translation>
            <numerusform>Identical files (%n group)</numerusform>
            <numerusform>Identical files (%n groups)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n image(s) into %1</source>
        <translation>
            <numerusform>Copied %n image into %1</numerusform>
            <numerusform>Copied %n images into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for training</source>
        <translation>
            <numerusform>%n for training</numerusform>
            <numerusform>%n for training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for validation</source>
        <translation>
            <numerusform>%n for validation</numerusform>
            <numerusform>%n for validation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for testing</source>
        <translation>
            <numerusform>%n for testing</numerusform>
            <numerusform>%n for testing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored files (%n)</source>
        <translation>
            <numerusform>Ignored files (%n)</numerusform>
            <numerusform>Ignored files (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::EvaluatePage</name>
    <message numerus="yes">
        <source>%n %1 image(s) recognised correctly, most confident first</source>
        <translation>
            <numerusform>%n %1 image recognised correctly</numerusform>
            <numerusform>%n %1 images recognised correctly, most confident first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 image(s) taken for %2, most confident first</source>
        <translation>
            <numerusform>%n %1 image taken for %2</numerusform>
            <numerusform>%n %1 images taken for %2, most confident first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the class:</source>
        <translation>
            <numerusform>Move %n image to the class:</numerusform>
            <numerusform>Move %n images to the class:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) into the dataset folder of “%1”? The move is recorded in the project.</source>
        <translation>
            <numerusform>Move %n file into the dataset folder of “%1”? The move is recorded in the project.</numerusform>
            <numerusform>Move %n files into the dataset folder of “%1”? The move is recorded in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n image(s) could not be read and were left out</source>
        <translation>
            <numerusform> · %n image could not be read and was left out</numerusform>
            <numerusform> · %n images could not be read and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accuracy %1% · macro F1 %2 · %n image(s)</source>
        <translation>
            <numerusform>Accuracy %1% · macro F1 %2 · %n image</numerusform>
            <numerusform>Accuracy %1% · macro F1 %2 · %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::TrainPage</name>
    <message numerus="yes">
        <source>This run has finished its %n epoch(s); give more epochs to train it further.</source>
        <translation>
            <numerusform>This run has finished its %n epoch; give more epochs to train it further.</numerusform>
            <numerusform>This run has finished its %n epochs; give more epochs to train it further.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has trained for %n epoch(s). Train it up to how many epochs in all?</source>
        <translation>
            <numerusform>%1 has trained for %n epoch. Train it up to how many epochs in all?</numerusform>
            <numerusform>%1 has trained for %n epochs. Train it up to how many epochs in all?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>graft::ui::UsePage</name>
    <message numerus="yes">
        <source>%n of them had been copied or moved by an earlier run into this output folder and stay where they are.</source>
        <translation>
            <numerusform>%n of them had been copied or moved by an earlier run into this output folder and stays where it is.</numerusform>
            <numerusform>%n of them had been copied or moved by an earlier run into this output folder and stay where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n file(s) back as they were.</source>
        <translation>
            <numerusform>Undone: %n file back as it was.</numerusform>
            <numerusform>Undone: %n files back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n image(s) (%1 images/s): %2.</source>
        <translation>
            <numerusform>Stopped after %n image (%1 images/s): %2.</numerusform>
            <numerusform>Stopped after %n images (%1 images/s): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n image(s) (%1 images/s): %2.</source>
        <translation>
            <numerusform>Labelled %n image (%1 images/s): %2.</numerusform>
            <numerusform>Labelled %n images (%1 images/s): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (see the table).</source>
        <translation>
            <numerusform>%n file could not be read (see the table).</numerusform>
            <numerusform>%n files could not be read (see the table).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %n file(s) copied or moved into %1 back as they were</source>
        <translation>
            <numerusform>Put the %n file copied or moved into %1 back as it was</numerusform>
            <numerusform>Put the %n files copied or moved into %1 back as they were</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %n file(s) copied or moved into %1 back as they were?</source>
        <translation>
            <numerusform>Put the %n file copied or moved into %1 back as it was?</numerusform>
            <numerusform>Put the %n files copied or moved into %1 back as they were?</numerusform>
        </translation>
    </message>
</context>
</TS>

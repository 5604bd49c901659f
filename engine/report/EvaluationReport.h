// An evaluation as one self-contained HTML page, to keep or send to someone without Graft: the
// metrics, the per-class table, the confusion matrix, what a labelling threshold does, and the most
// confident mistakes with their pictures inline. Made by the window's Evaluate step and by
// graft-cli evaluate --report.
#pragma once

#include "core/Job.h"
#include "data/ImageSource.h"
#include "label/Predict.h"
#include "train/Evaluator.h"
#include "train/RunFolder.h"

#include <optional>
#include <string>
#include <vector>

namespace graft {

// The report's words, English unless the window gives its language's (%1, %2: what goes in).
struct ReportTexts
{
    std::string language = "en";
    std::string decimalPoint = ".";
    std::string percent = "%1%"; // "%1 %" in German
    std::string title = "Evaluation of %1";
    std::string lead = "On %1. Made with Graft.";
    std::string leadMade = "On %1, %2. Made with Graft.";
    std::string accuracy = "Accuracy %1";
    std::string macroF1 = "macro F1 %1";
    std::string images = "%1 images";
    std::string loss = "loss %1";
    std::string unreadable = "%1 could not be read and were left out: %2";
    std::string perClass = "Per class";
    std::string className = "Class";
    std::string precision = "Precision";
    std::string recall = "Recall";
    std::string f1 = "F1";
    std::string imagesColumn = "Images";
    std::string confusion = "Confusion matrix";
    std::string confusionLead = "Rows: the true class; columns: the class predicted.";
    std::string thresholds = "Labelling with a threshold";
    std::string thresholdsLead = "Files the model is less sure of than the threshold go to _uncertain/ for a person; how "
                                 "many of these images each threshold labels, and how many of those are right.";
    std::string uncertainBelow = "Uncertain below";
    std::string labelled = "Labelled";
    std::string rightOfThose = "Right of those";
    std::string off = "off";
    std::string mistakes = "Mistakes";
    std::string noMistakes = "None: every image was recognised.";
    std::string allMistakes = "All %1 images the model got wrong, the most confident first: the likeliest to be mislabelled.";
    std::string someMistakes = "The %1 of %2 images the model got wrong, the most confident first: the likeliest to be "
                               "mislabelled.";
    // What the model is (from its run folder).
    std::string about = "The model";
    std::string network = "Network";
    std::string weights = "Starting weights";
    std::string imageNet = "ImageNet (pretrained)";
    std::string fromScratch = "none (trained from scratch)";
    std::string inputSize = "Input size";
    std::string epochs = "Epochs";
    std::string epochsValue = "%1 (the model of epoch %2)";
    std::string optimizer = "Optimizer";
    std::string optimizerValue = "%1, learning rate %2";
    std::string augmentation = "Augmentation";
    std::string on = "on";
    std::string trainedOn = "Trained on";
};

struct ReportParams
{
    std::string title;        // what was evaluated: "20261128-011243-mobilenet_v2"
    std::string images;       // on what: "120 validation images", "the folder /data/new"
    std::string made;         // when (as the reader reads it); empty: not said
    int mistakes = 24;        // the most confident mistakes shown with their pictures
    int thumbnailSize = 96;   // their pictures' longer side, in pixels
    std::optional<RunInfo> run; // the model's run, when it has one: what the model is
    std::vector<std::string> advice; // what the run's curves said (runAdvice), in the reader's language
    // Where the model looks in each mistake shown, for the class it chose, beside its picture
    // (Grad-CAM; Classifier::heatMap on images prepared by `preprocess`). None: pictures only.
    ClassHeatMap heatMap;
    PreprocessSpec preprocess;
    ReportTexts texts;
};

// The page. Pictures that cannot be read (gone since) are named without one. `progress` counts the
// mistakes' pictures (heat maps take a while); `cancel` stops between them (CancelledError).
std::string evaluationReportHtml(const EvaluationResult& result, const ReportParams& params, const ImageReader& reader,
                                 const ProgressCallback& progress = {}, const CancelFlag* cancel = nullptr);

// The page written to `path` atomically.
void writeEvaluationReport(const std::string& path, const EvaluationResult& result, const ReportParams& params,
                           const ImageReader& reader, const ProgressCallback& progress = {},
                           const CancelFlag* cancel = nullptr);

} // namespace graft

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EngineMessage</name>
    <message>
        <source>Epoch %1/%2: training loss %3, accuracy %4%; validation loss %5, accuracy %6%; %7 s</source>
        <translation>第 %1/%2 轮：训练损失 %3，准确率 %4%；验证损失 %5，准确率 %6%；%7 秒</translation>
    </message>
    <message>
        <source>Epoch %1/%2: training loss %3, accuracy %4%; %5 s</source>
        <translation>第 %1/%2 轮：训练损失 %3，准确率 %4%；%5 秒</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1（最佳）</translation>
    </message>
    <message>
        <source>Trainable parameters: %1 of %2</source>
        <translation>可训练参数：%1 / %2</translation>
    </message>
    <message>
        <source>train %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <source>freeze %1</source>
        <translation>冻结 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>，然后</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>A batch size of 1 cannot train batch-norm layers (they need at least 2 images per batch); use a batch size of 2 or more, or freeze the layers with batch norm on the Model step.</source>
        <translation>批大小为 1 时无法训练批归一化层（每批至少需要 2 张图片）；请使用 2 或更大的批大小，或在“模型”步骤中冻结带批归一化的层。</translation>
    </message>
    <message>
        <source>One training image cannot train batch-norm layers (they need at least 2 images per batch); add images, or freeze the layers with batch norm on the Model step.</source>
        <translation>只有一张训练图片时无法训练批归一化层（每批至少需要 2 张图片）；请添加图片，或在“模型”步骤中冻结带批归一化的层。</translation>
    </message>
    <message>
        <source>Nothing to train: every layer is frozen. Make at least the classifier (%1) trainable on the Model step.</source>
        <translation>没有可训练的内容：所有层都已冻结。请在“模型”步骤中至少让分类器（%1）可训练。</translation>
    </message>
    <message>
        <source>No training images: the split left none for training. Lower the validation share on the Data step.</source>
        <translation>没有训练图片：划分后没有留下用于训练的图片。请在“数据”步骤中降低验证集比例。</translation>
    </message>
    <message>
        <source>Training diverged (the loss became NaN); lower the learning rate (now %1).</source>
        <translation>训练发散（损失变为 NaN）；请降低学习率（当前为 %1）。</translation>
    </message>
    <message>
        <source>Training diverged (the loss became infinite); lower the learning rate (now %1).</source>
        <translation>训练发散（损失变为无穷大）；请降低学习率（当前为 %1）。</translation>
    </message>
    <message>
        <source>%1 needs input images of at least %2×%2 pixels (the input size is %3); raise the input size.</source>
        <translation>%1 需要至少 %2×%2 像素的输入图片（当前输入尺寸为 %3）；请增大输入尺寸。</translation>
    </message>
    <message>
        <source>A classifier needs at least two classes (found %1); add a class folder on the Data step.</source>
        <translation>分类器至少需要两个类别（找到 %1 个）；请在“数据”步骤中添加类别文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run are not where the run found them, such as %1.</source>
        <translation>
            <numerusform>此次运行的 %Ln 张图片已不在原来的位置，例如 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run are not where the run found them, such as %1, every training image of the class %2.</source>
        <translation>
            <numerusform>此次运行的 %Ln 张图片已不在原来的位置，例如 %1，其中包括类别 %2 的全部训练图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>If the dataset&apos;s folder was moved or renamed, open the dataset at its new place on the Data step; if images were deleted, put them back, or start a new run on the dataset as it is now.</source>
        <translation>如果数据集文件夹被移动或重命名，请在“数据”步骤中从新位置打开数据集；如果图片被删除，请将其放回，或用数据集的当前内容开始新的运行。</translation>
    </message>
    <message>
        <source>Training failed inside LibTorch: %1</source>
        <translation>训练在 LibTorch 内部失败：%1</translation>
    </message>
    <message>
        <source>%1: this run is being trained right now (by another Graft window or graft-cli); wait for it to end, or stop it there first.</source>
        <translation>%1：此次运行正在训练中（由另一个 Graft 窗口或 graft-cli 进行）；请等待其结束，或先在那里停止它。</translation>
    </message>
    <message>
        <source>%1 could not be written; free some disk space, or use a folder on another disk.</source>
        <translation>无法写入 %1；请释放一些磁盘空间，或使用另一块磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); free some disk space, or use a folder on another disk.</source>
        <translation>无法写入 %1（%2）；请释放一些磁盘空间，或使用另一块磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create %1 in %2 (%3); check that the folder exists and is writable.</source>
        <translation>无法在 %2 中创建 %1（%3）；请检查该文件夹是否存在且可写。</translation>
    </message>
    <message numerus="yes">
        <source>Device: CPU, %Ln thread(s)</source>
        <translation>
            <numerusform>设备：CPU，%Ln 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: CUDA GPU %1 of %2, bfloat16 mixed precision</source>
        <translation>设备：CUDA GPU %1（共 %2 个），bfloat16 混合精度</translation>
    </message>
    <message>
        <source>Device: CUDA GPU %1 of %2</source>
        <translation>设备：CUDA GPU %1（共 %2 个）</translation>
    </message>
    <message>
        <source>Model: %1, trained from scratch (random initial weights)</source>
        <translation>模型：%1，从零开始训练（随机初始权重）</translation>
    </message>
    <message numerus="yes">
        <source>Model: %1 with the weights %2: %Ln tensor(s) loaded (%3)</source>
        <translation>
            <numerusform>模型：%1，权重 %2：已加载 %Ln 个张量（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; new classifier (%2)</source>
        <translation>%1；新分类器（%2）</translation>
    </message>
    <message>
        <source>Auxiliary classifier not trained: it needs inputs of at least %1×%1 pixels (the input size is %2); the main classifier trains as usual</source>
        <translation>辅助分类器未训练：它需要至少 %1×%1 像素的输入（当前输入尺寸为 %2）；主分类器照常训练</translation>
    </message>
    <message>
        <source>Feature cache off: augmentation changes every image each epoch, so the frozen layers must run every time. Turn augmentation off to compute them once.</source>
        <translation>特征缓存已关闭：数据增强每一轮都会改变每张图片，因此冻结层每次都必须重新计算。关闭数据增强即可只计算一次。</translation>
    </message>
    <message>
        <source>Feature cache: computing the frozen layers once (everything before %1)</source>
        <translation>特征缓存：一次性计算冻结层（%1 之前的所有层）</translation>
    </message>
    <message>
        <source>Feature cache ready in %1: %2 × [%3], %4 on disk</source>
        <translation>特征缓存已就绪，用时 %1：%2 × [%3]，%4，存于磁盘</translation>
    </message>
    <message>
        <source>Feature cache ready in %1: %2 × [%3], %4 in memory</source>
        <translation>特征缓存已就绪，用时 %1：%2 × [%3]，%4，存于内存</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <source>Continuing after epoch %1 of %2</source>
        <translation>从第 %1 轮（共 %2 轮）之后继续</translation>
    </message>
    <message>
        <source>No checkpoint yet: starting the run again from the beginning</source>
        <translation>尚无检查点：从头重新开始此次运行</translation>
    </message>
    <message numerus="yes">
        <source>Early stop: the validation loss has not improved for %Ln epoch(s); the best model is from epoch %1</source>
        <translation>
            <numerusform>提前停止：验证损失已连续 %Ln 轮没有改善；最佳模型来自第 %1 轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Early stop: the validation accuracy has not improved for %Ln epoch(s); the best model is from epoch %1</source>
        <translation>
            <numerusform>提前停止：验证准确率已连续 %Ln 轮没有改善；最佳模型来自第 %1 轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped by the user after %Ln complete epoch(s); continue the run to go on</source>
        <translation>
            <numerusform>在完成 %Ln 轮后被用户停止；继续此次运行即可接着训练</numerusform>
        </translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>训练完成</translation>
    </message>
    <message>
        <source>Training stopped early; best model from epoch %1</source>
        <translation>训练提前停止；最佳模型来自第 %1 轮</translation>
    </message>
    <message>
        <source>Training finished; best model from epoch %1</source>
        <translation>训练完成；最佳模型来自第 %1 轮</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run found in %1, where their dataset is now (it was in %2)</source>
        <translation>
            <numerusform>在数据集的新位置 %1 找到此次运行的 %Ln 张图片（原位置为 %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) in class folders renamed since the run began: read from the renamed folders, with the run&apos;s class names</source>
        <translation>
            <numerusform>%Ln 张图片所在的类别文件夹在运行开始后被重命名：从重命名后的文件夹读取，沿用此次运行的类别名称</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) moved to another class since the run began: used where they are now, with their new class</source>
        <translation>
            <numerusform>%Ln 张图片在运行开始后被移到其他类别：按其现在的位置和新类别使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of the run no longer there (deleted, or moved out of the dataset), such as %1: trained without them; put them back to train on them again</source>
        <translation>
            <numerusform>此次运行的 %Ln 张图片已不在原处（已删除或移出数据集），例如 %1：训练时将不包含它们；放回后即可再次用它们训练</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: folder not found. If it was moved or renamed, open it at its new place.</source>
        <translation>%1：找不到文件夹。如果它已被移动或重命名，请从新位置打开。</translation>
    </message>
    <message>
        <source>%1: not a folder; choose the folder that holds one sub-folder per class.</source>
        <translation>%1：不是文件夹；请选择每个类别各有一个子文件夹的那个文件夹。</translation>
    </message>
    <message>
        <source>%1: no images in this folder or its sub-folders (%2).</source>
        <translation>%1：此文件夹及其子文件夹中没有图片（%2）。</translation>
    </message>
    <message>
        <source>%1: no usable images in folders named like the classes (%2); the validation folder needs the same class folders as the dataset.</source>
        <translation>%1：以类别命名的文件夹中没有可用的图片（%2）；验证文件夹需要与数据集相同的类别文件夹。</translation>
    </message>
    <message>
        <source>%1: another labelling (or undo) into this folder is running, in a Graft window or graft-cli; wait for it to end, or stop it there first.</source>
        <translation>%1：另一个标注（或撤销）正在向此文件夹写入，来自某个 Graft 窗口或 graft-cli；请等待其结束，或先在那里停止它。</translation>
    </message>
    <message>
        <source>%1: folder not found; choose the folder of images to label.</source>
        <translation>%1：找不到文件夹；请选择要标注的图片所在的文件夹。</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder (%2); choose another.</source>
        <translation>%1：无法创建输出文件夹（%2）；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1: cannot write the labelling journal; check that the output folder is writable.</source>
        <translation>%1：无法写入标注日志；请检查输出文件夹是否可写。</translation>
    </message>
    <message>
        <source>%1: cannot write the labelling journal (disk full?); make room in the output folder (or choose another), then label again.</source>
        <translation>%1：无法写入标注日志（磁盘已满？）；请在输出文件夹所在磁盘上腾出空间（或选择其他文件夹），然后重新标注。</translation>
    </message>
    <message>
        <source>%1: file not found.</source>
        <translation>%1：找不到文件。</translation>
    </message>
    <message>
        <source>%1: empty file; download or copy it again.</source>
        <translation>%1：文件为空；请重新下载或复制。</translation>
    </message>
    <message>
        <source>%1: not a PyTorch weights file (expected a .pth/.pt file saved with torch.save, or a TorchScript model).</source>
        <translation>%1：不是 PyTorch 权重文件（应为用 torch.save 保存的 .pth/.pt 文件，或 TorchScript 模型）。</translation>
    </message>
    <message>
        <source>%1: a PyTorch file, but it holds no dictionary of tensors (state_dict); save the model with torch.save(model.state_dict(), path).</source>
        <translation>%1：是 PyTorch 文件，但其中没有张量字典（state_dict）；请用 torch.save(model.state_dict(), path) 保存模型。</translation>
    </message>
    <message>
        <source>%1: damaged or incomplete file; download or copy it again.</source>
        <translation>%1：文件已损坏或不完整；请重新下载或复制。</translation>
    </message>
    <message>
        <source>%1: damaged or incomplete file (%2); download or copy it again.</source>
        <translation>%1：文件已损坏或不完整（%2）；请重新下载或复制。</translation>
    </message>
    <message>
        <source>%1: these weights do not fit %2.</source>
        <translation>%1：这些权重与 %2 不匹配。</translation>
    </message>
    <message>
        <source>Different shapes (%1): %2</source>
        <translation>形状不同（%1）：%2</translation>
    </message>
    <message>
        <source>Missing from the file (%1): %2</source>
        <translation>文件中缺少（%1）：%2</translation>
    </message>
    <message>
        <source>Not in the model (%1): %2</source>
        <translation>模型中没有（%1）：%2</translation>
    </message>
    <message>
        <source>Choose the architecture these weights were trained for, or import them keeping the new classifier.</source>
        <translation>请选择训练这些权重时所用的架构，或在导入时保留新的分类器。</translation>
    </message>
    <message>
        <source>Choose the architecture these weights were trained for.</source>
        <translation>请选择训练这些权重时所用的架构。</translation>
    </message>
    <message>
        <source>%1: no trained model in this run yet (it is saved after the first epoch).</source>
        <translation>%1：此次运行中还没有训练好的模型（模型会在第一轮之后保存）。</translation>
    </message>
    <message>
        <source>%1: not a Graft model, or a damaged one; choose a run&apos;s model-best.pt or a model exported from Graft.</source>
        <translation>%1：不是 Graft 模型，或模型已损坏；请选择某次运行的 model-best.pt，或从 Graft 导出的模型。</translation>
    </message>
    <message>
        <source>%1: a TorchScript model without class names; export it from Graft to use it here.</source>
        <translation>%1：这是没有类别名称的 TorchScript 模型；请从 Graft 导出后再在此使用。</translation>
    </message>
    <message>
        <source>%1: cannot create the run folder (%2). A project keeps its runs beside its project file: save the project in a folder you can write to, or free some disk space.</source>
        <translation>%1：无法创建运行文件夹 (%2)。项目把它的运行保存在项目文件旁边：请把项目保存到您有写入权限的文件夹，或释放一些磁盘空间。</translation>
    </message>
    <message>
        <source>Advice: the training loss rose instead of falling (%1 to %2): the learning rate (%3) is likely too high; Find… beside it suggests one</source>
        <translation>建议：训练损失不降反升（%1 → %2）：学习率（%3）可能过高；旁边的“查找…”会建议一个</translation>
    </message>
    <message>
        <source>Advice: the model got only %1% of the training images right: it cannot tell the classes apart well yet. Train more of the network (Model step: fine-tune its last blocks), train longer, or try another learning rate</source>
        <translation>建议：模型只答对了 %1% 的训练图像：它还不能很好地区分这些类别。请训练网络的更多部分（模型步骤：微调最后几个块）、训练更久，或换一个学习率</translation>
    </message>
    <message>
        <source>Advice: after epoch %1 the model fitted the training images better (%2% right) and the validation images worse (validation loss up %3%): it is memorising the training images (overfitting). The model of epoch %1 is the one kept; more images, augmentation or early stopping help</source>
        <translation>建议：第 %1 轮之后，模型对训练图像拟合得更好（答对 %2%），对验证图像却更差（验证损失上升 %3%）：它在死记训练图像（过拟合）。保留的是第 %1 轮的模型；更多图像、数据增强或提前停止会有帮助</translation>
    </message>
    <message numerus="yes">
        <source>Advice: the model was still improving at the last epoch (validation accuracy %1% to %2% over the last %Ln epoch(s)): more epochs may give a better one; Continue run trains it further</source>
        <translation>
            <numerusform>建议：到最后一轮模型仍在进步（最近 %Ln 轮验证准确率从 %1% 升到 %2%）：更多轮次可能得到更好的模型；“继续运行”会接着训练它</numerusform>
        </translation>
    </message>
    <message>
        <source>Advice: the training loss of the first epoch (%1) was far above what guessing among %2 classes gives (%3): the learning rate (%4) is likely too high; Find… beside it suggests one</source>
        <translation>建议：第一轮的训练损失（%1）远高于在 %2 个类别中随机猜测的损失（%3）：学习率（%4）可能过高；旁边的“查找…”会建议一个</translation>
    </message>
</context>
<context>
    <name>ImageTrash</name>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln image(s) to the trash? They can be restored from there. Continuing a run trains without them; a new run leaves them out.</source>
        <translation>
            <numerusform>将 %Ln 张图像移到回收站？可以从回收站恢复。继续运行时将不使用它们；新运行会排除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash; check its permissions.</source>
        <translation>无法将 %1 移到回收站；请检查其权限。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>graft::ui::ConfusionMatrixWidget</name>
    <message>
        <source>Evaluate a run to see its confusion matrix</source>
        <translation>评估一次训练即可查看其混淆矩阵</translation>
    </message>
    <message>
        <source>Rows: true class; columns: predicted class. Click a cell (or use the arrow keys) to see its images.</source>
        <translation>行：真实类别；列：预测类别。点击单元格（或使用方向键）查看其图像。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln image(s) recognised%2</source>
        <translation>
            <numerusform>%1：识别正确 %Ln 张图像%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 taken for %2: %Ln image(s)%3</source>
        <translation>
            <numerusform>%1 被误认为 %2：%Ln 张图像%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted class →</source>
        <translation>预测类别 →</translation>
    </message>
    <message>
        <source>True class →</source>
        <translation>真实类别 →</translation>
    </message>
</context>
<context>
    <name>graft::ui::DataPage</name>
    <message>
        <source>Dataset drop zone</source>
        <translation>数据集拖放区</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <source>Merge another folder with the same layout (its classes join the dataset)</source>
        <translation>合并另一个结构相同的文件夹（其中的类别并入数据集）</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>重新扫描(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No dataset yet.</source>
        <translation>尚无数据集。</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Drop image files onto a class to add copies of them to it. Right-click to rename or leave a class out.</source>
        <translation>将图片文件拖到某个类别上，即可向其添加副本。右键单击可重命名类别或将其排除。</translation>
    </message>
    <message>
        <source>Images of the selected class</source>
        <translation>所选类别的图片</translation>
    </message>
    <message>
        <source>Dataset warnings and bad files</source>
        <translation>数据集警告与损坏的文件</translation>
    </message>
    <message>
        <source>Warnings and bad files</source>
        <translation>警告与损坏的文件</translation>
    </message>
    <message>
        <source>Double-click a file to open it</source>
        <translation>双击可打开文件</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>Share of each class held back to measure accuracy during training</source>
        <translation>每个类别中留出、用于在训练期间衡量准确率的比例</translation>
    </message>
    <message>
        <source>Share of each class kept aside for a final test, never seen while training</source>
        <translation>每个类别中留作最终测试、训练时从不使用的比例</translation>
    </message>
    <message>
        <source>The same seed gives the same split</source>
        <translation>相同的随机种子得到相同的划分</translation>
    </message>
    <message>
        <source>(none: split the dataset)</source>
        <translation>（无：从数据集中划分）</translation>
    </message>
    <message>
        <source>A separate folder of validation images with the same class folders</source>
        <translation>单独的验证图片文件夹，类别文件夹与数据集相同</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Validation folder</source>
        <translation>验证文件夹</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>测试：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>or validation folder:</source>
        <translation>或验证文件夹：</translation>
    </message>
    <message>
        <source>The dataset could not be read: %1</source>
        <translation>无法读取数据集：%1</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>Open dataset: the folder with one sub-folder per class</source>
        <translation>打开数据集：每个类别一个子文件夹的那个文件夹</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>%1 (left out)</source>
        <translation>%1（已排除）</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Bad files (%1), skipped</source>
        <translation>损坏的文件（%1 个），已跳过</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>添加图片</translation>
    </message>
    <message numerus="yes">
        <source>Copy %Ln image(s) into the class “%1” (%2)? The originals stay where they are.</source>
        <translation>
            <numerusform>将 %Ln 张图片复制到类别“%1”（%2）？原图保持不动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename class…</source>
        <translation>重命名类别…</translation>
    </message>
    <message>
        <source>Include in training</source>
        <translation>纳入训练</translation>
    </message>
    <message>
        <source>Leave out of training</source>
        <translation>不参与训练</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Rename class</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New name for “%1” (renames its folder in every dataset folder):</source>
        <translation>“%1”的新名称（将重命名每个数据集文件夹中的对应文件夹）：</translation>
    </message>
    <message>
        <source>A class name cannot contain “/” or start with a dot.</source>
        <translation>类别名称不能包含“/”，也不能以点开头。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在，请另选一个名称。</translation>
    </message>
    <message>
        <source>Could not rename %1; check permissions.</source>
        <translation>无法重命名 %1，请检查权限。</translation>
    </message>
    <message>
        <source>Train on %1 and validate on %2</source>
        <translation>用 %1 训练，用 %2 验证</translation>
    </message>
    <message numerus="yes">
        <source> · validation folder: %Ln image(s)</source>
        <translation>
            <numerusform> · 验证文件夹：%Ln 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: validation folder: %1</source>
        <translation>错误：验证文件夹：%1</translation>
    </message>
    <message>
        <source>Error: the validation folder holds no images in folders named like the classes</source>
        <translation>错误：验证文件夹中没有以类别命名的文件夹中的图像</translation>
    </message>
    <message>
        <source>The validation folder has no images of: %1</source>
        <translation>验证文件夹中没有以下类别的图像：%1</translation>
    </message>
    <message>
        <source>Bad files in the validation folder (%1), skipped</source>
        <translation>验证文件夹中的错误文件（%1 个），已跳过</translation>
    </message>
    <message>
        <source>Open %1 (it holds the classes)</source>
        <translation>打开 %1（其中包含类别）</translation>
    </message>
    <message>
        <source>Checking the validation folder %1…</source>
        <translation>正在检查验证文件夹 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln class(es)</source>
        <translation>
            <numerusform>%Ln 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad file(s)</source>
        <translation>
            <numerusform>%Ln 个损坏文件</numerusform>
        </translation>
    </message>
    <message>
        <source>largest/smallest class %1×</source>
        <translation>最大/最小类别 %1×</translation>
    </message>
    <message numerus="yes">
        <source>Identical files (%Ln group(s))</source>
        <translation>
            <numerusform>相同文件（%Ln 组）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln image(s) into %1</source>
        <translation>
            <numerusform>已将 %Ln 张图像复制到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for training</source>
        <translation>
            <numerusform>%Ln 张用于训练</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for validation</source>
        <translation>
            <numerusform>%Ln 张用于验证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for testing</source>
        <translation>
            <numerusform>%Ln 张用于测试</numerusform>
        </translation>
    </message>
    <message>
        <source>Images: %1</source>
        <translation>图像：%1</translation>
    </message>
    <message numerus="yes">
        <source>Ignored files (%Ln)</source>
        <translation>
            <numerusform>已忽略的文件（%Ln）</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a folder here that holds one sub-folder per class, or the class folders themselves (cats/ and dogs/ together); or use Open dataset.</source>
        <translation>将每个类别一个子文件夹的文件夹拖放到此处，或直接拖放各类别文件夹（例如同时拖放 cats/ 和 dogs/）；也可以使用“打开数据集”。</translation>
    </message>
    <message>
        <source>Add a folder: one with class sub-folders, or the images of one class</source>
        <translation>添加文件夹：包含类别子文件夹的文件夹，或某一类别的图像文件夹</translation>
    </message>
    <message>
        <source>No images yet: drop some onto this row</source>
        <translation>还没有图像：将图像拖放到此行</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more folder(s)</source>
        <translation>
            <numerusform>%1 及另外 %Ln 个文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln left out)</source>
        <translation>
            <numerusform>（%Ln 个已排除）</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding images</source>
        <translation>正在查找图像</translation>
    </message>
    <message>
        <source>Checking images</source>
        <translation>正在检查图像</translation>
    </message>
    <message>
        <source>Checking image headers</source>
        <translation>正在检查图像文件头</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1：已找到 %2</translation>
    </message>
    <message>
        <source>No images in %1 yet: drop some onto its row on the left</source>
        <translation>%1 中还没有图像：请把图像拖放到左侧它的那一行上</translation>
    </message>
    <message>
        <source>%1 is not there (moved, renamed, or on a drive that is not connected): connect it and Rescan, or choose where it is now with Open dataset… (the project keeps its settings and runs)</source>
        <translation>%1 不存在（已移动、重命名，或位于未连接的驱动器上）：请连接后点击“重新扫描”，或用“打开数据集…”选择它现在的位置（项目会保留其设置和训练）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>移到回收站…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to the trash</source>
        <translation>
            <numerusform>已将 %Ln 张图像移到回收站</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>移动到类别…</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>移动到类别</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln image(s) to the class:</source>
        <translation>
            <numerusform>将 %Ln 张图片移动到类别：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to %1</source>
        <translation>
            <numerusform>已将 %Ln 张图像移动到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Start with your images</source>
        <translation>从您的图像开始</translation>
    </message>
    <message>
        <source>Put them in one folder per class, each named after its class:</source>
        <translation>将图像按类别放入各自的文件夹，每个文件夹以其类别命名：</translation>
    </message>
    <message>
        <source>Then drop the &lt;b&gt;photos&lt;/b&gt; folder here, or use &lt;b&gt;Open dataset&lt;/b&gt;. Twenty or more images per class work well. Graft reads JPEG, PNG, BMP, WebP and TIFF files and never changes them.</source>
        <translation>然后将 &lt;b&gt;photos&lt;/b&gt; 文件夹拖放到这里，或使用&lt;b&gt;打开数据集&lt;/b&gt;。每个类别有二十张或更多图像效果较好。Graft 读取 JPEG、PNG、BMP、WebP 和 TIFF 文件，且从不修改它们。</translation>
    </message>
    <message>
        <source>Try the sample dataset</source>
        <translation>试用示例数据集</translation>
    </message>
    <message>
        <source>Fashion-MNIST: 600 small pictures of clothes in 10 classes, to see every step before preparing your own images</source>
        <translation>Fashion-MNIST：10 个类别共 600 张服装小图，在准备您自己的图像之前先体验每个步骤</translation>
    </message>
    <message>
        <source>Install Debian&apos;s dataset-fashion-mnist package to try the sample</source>
        <translation>安装 Debian 的 dataset-fashion-mnist 软件包即可试用示例</translation>
    </message>
    <message>
        <source>about %1×%2 px</source>
        <translation>约 %1×%2 像素</translation>
    </message>
    <message>
        <source>%1×%2 px</source>
        <translation>%1×%2 像素</translation>
    </message>
</context>
<context>
    <name>graft::ui::EvaluatePage</name>
    <message>
        <source>Run to evaluate</source>
        <translation>要评估的训练</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>验证图片</translation>
    </message>
    <message>
        <source>test images</source>
        <translation>测试图片</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>训练：</translation>
    </message>
    <message>
        <source>on</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Choose a run and evaluate it.</source>
        <translation>选择一次训练并进行评估。</translation>
    </message>
    <message>
        <source>Per-class metrics</source>
        <translation>各类别指标</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Precision: of the images predicted as this class, the share that are. Recall: of the images of this class, the share found. F1 balances both.</source>
        <translation>精确率：被预测为该类别的图片中确实属于该类别的比例。召回率：该类别的图片中被找出的比例。F1 兼顾两者。</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its images.</source>
        <translation>点击矩阵中的单元格可查看其中的图片。</translation>
    </message>
    <message>
        <source>Images of the selected cell</source>
        <translation>所选单元格的图片</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Move to class…</source>
        <translation>移动到类别…</translation>
    </message>
    <message>
        <source>Fix a mislabelled image: move the file into another class folder of the dataset</source>
        <translation>修正标错的图片：将文件移动到数据集中另一个类别的文件夹</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>请先训练一个模型。</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>正在评估…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 image(s) recognised correctly, most confident first</source>
        <translation>
            <numerusform>%Ln 张 %1 图片识别正确，按置信度从高到低排列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 image(s) taken for %2, most confident first</source>
        <translation>
            <numerusform>%Ln 张 %1 图片被误认为 %2，按置信度从高到低排列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
predicted %2 with %3% confidence</source>
        <translation>%1
预测为 %2，置信度 %3%</translation>
    </message>
    <message>
        <source>Move to class</source>
        <translation>移动到类别</translation>
    </message>
    <message>
        <source>Select one or more images first.</source>
        <translation>请先选择一张或多张图片。</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln image(s) to the class:</source>
        <translation>
            <numerusform>将 %Ln 张图片移动到类别：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln file(s) into the dataset folder of “%1”? The move is recorded in the project.</source>
        <translation>
            <numerusform>将 %Ln 个文件移动到“%1”的数据集文件夹？此次移动会记录在项目中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 into the class “%2”?</source>
        <translation>将 %1 移动到类别“%2”？</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>已将 %1 移动到 %2</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln image(s) could not be read and were left out</source>
        <translation>
            <numerusform> · %Ln 张图像无法读取，已略过</numerusform>
        </translation>
    </message>
    <message>
        <source>a labelled folder…</source>
        <translation>已标注的文件夹…</translation>
    </message>
    <message>
        <source>Images to evaluate on</source>
        <translation>用于评估的图像</translation>
    </message>
    <message>
        <source>The run&apos;s validation or test images, or another folder with one sub-folder per class</source>
        <translation>该运行的验证或测试图像，或另一个每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <source>Save &amp;predictions…</source>
        <translation>保存预测(&amp;P)…</translation>
    </message>
    <message>
        <source>Write every image&apos;s true class, predicted class and confidence to a CSV file</source>
        <translation>将每张图像的真实类别、预测类别和置信度写入 CSV 文件</translation>
    </message>
    <message>
        <source>Save predictions</source>
        <translation>保存预测</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source> · left out, as the model does not know them: %1</source>
        <translation> · 已略过，模型不认识这些类别：%1</translation>
    </message>
    <message>
        <source>Evaluate on a labelled folder (one sub-folder per class)</source>
        <translation>在已标注的文件夹上评估（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy %1% · macro F1 %2 · %Ln image(s)</source>
        <translation>
            <numerusform>准确率 %1% · 宏平均 F1 %2 · %Ln 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Only images of the project&apos;s dataset or validation folders are moved here; %1 is another folder</source>
        <translation>此处只移动本项目数据集或验证文件夹中的图像；%1 是其他文件夹</translation>
    </message>
    <message>
        <source>Not defined: the model predicted this class for none of these images</source>
        <translation>未定义：模型没有把这些图像中的任何一张预测为此类别</translation>
    </message>
    <message>
        <source>Not defined: none of these images belong to this class</source>
        <translation>未定义：这些图像中没有属于此类别的</translation>
    </message>
    <message>
        <source>Not defined: this class is neither among these images nor among the predictions</source>
        <translation>未定义：此类别既不在这些图像中，也不在预测结果中</translation>
    </message>
    <message>
        <source>No runs yet: train a model (step 3)</source>
        <translation>还没有训练记录：请先训练模型（第 3 步）</translation>
    </message>
    <message>
        <source>Every image the model got wrong, most confident first: the likeliest to be mislabelled</source>
        <translation>模型判断错误的所有图像，置信度最高的在前：最可能是标注错误</translation>
    </message>
    <message>
        <source>No mistakes: every image was recognised. Click a cell of the matrix to see its images.</source>
        <translation>没有错误：每张图像都识别正确。点击矩阵中的单元格查看其图像。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) the model got wrong, most confident first (the likeliest to be mislabelled); click a cell of the matrix for one pair</source>
        <translation>
            <numerusform>模型判断错误的 %Ln 张图像，置信度最高的在前（最可能是标注错误）；点击矩阵中的单元格查看某一对</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2
%3%</source>
        <translation>%1 → %2
%3%</translation>
    </message>
    <message>
        <source> · evaluated %1 (Evaluate runs it again)</source>
        <translation> · 评估于 %1（点击“评估”重新运行）</translation>
    </message>
    <message>
        <source>Evaluation stopped.</source>
        <translation>评估已停止。</translation>
    </message>
    <message numerus="yes">
        <source>None of the run&apos;s %Ln image(s) could be read: they are not where the run found them. If the dataset&apos;s folder was moved or renamed, open it at its new place on the Data step and evaluate again.</source>
        <translation>
            <numerusform>该运行的 %Ln 张图像都无法读取：它们已不在运行时所在的位置。如果数据集文件夹被移动或重命名，请在“数据”步骤中打开其新位置，然后重新评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>No image was evaluated.</source>
        <translation>没有评估任何图像。</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>移到回收站…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln image(s) to the trash</source>
        <translation>
            <numerusform>已将 %Ln 张图像移到回收站</numerusform>
        </translation>
    </message>
    <message>
        <source>Mo&amp;ve to class…</source>
        <translation>移动到类别(&amp;V)…</translation>
    </message>
    <message>
        <source>All mista&amp;kes</source>
        <translation>全部错误(&amp;K)</translation>
    </message>
    <message>
        <source>Evaluate the run on these images (Ctrl+Shift+E); press again to stop</source>
        <translation>在这些图像上评估该运行 (Ctrl+Shift+E)；再按一次停止</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Where the model looks…</source>
        <translation>模型在看哪里…</translation>
    </message>
    <message>
        <source>%1: its guess, %2, right</source>
        <translation>%1：它的判断，%2，正确</translation>
    </message>
    <message>
        <source>%1: its guess, %2</source>
        <translation>%1：它的判断，%2</translation>
    </message>
    <message>
        <source>%1: the true class</source>
        <translation>%1：真实类别</translation>
    </message>
    <message>
        <source>%1: the true class, %2</source>
        <translation>%1：真实类别，%2</translation>
    </message>
    <message>
        <source>Where it &amp;looks…</source>
        <translation>它在看哪里(&amp;L)…</translation>
    </message>
    <message>
        <source>Where the model found the evidence for its guess, and for the true class, in the selected image (Grad-CAM): a model that looks at the background shows it here</source>
        <translation>模型在所选图像中为其判断和真实类别找到依据的地方（Grad-CAM）：只看背景的模型会在这里显露出来</translation>
    </message>
    <message>
        <source>Where it looks</source>
        <translation>它在看哪里</translation>
    </message>
    <message>
        <source>Select an image first.</source>
        <translation>请先选择一张图像。</translation>
    </message>
    <message>
        <source>Heat m&amp;aps</source>
        <translation>热力图(&amp;A)</translation>
    </message>
    <message>
        <source>Colour every image where the model found the evidence for the class it chose (Grad-CAM): a model that looks at the background, or at a watermark, shows it at a glance</source>
        <translation>在每张图片上为模型找到所选类别依据的地方着色（Grad-CAM）：看背景或水印的模型一眼就能看出来</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>保存报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) of %1</source>
        <translation>
            <numerusform>%1 的 %Ln 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln test image(s) of the run</source>
        <translation>
            <numerusform>该运行的 %Ln 张测试图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validation image(s) of the run</source>
        <translation>
            <numerusform>该运行的 %Ln 张验证图片</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>评估于 %1</translation>
    </message>
    <message>
        <source>Evaluation of %1</source>
        <translation>%1 的评估</translation>
    </message>
    <message>
        <source>On %1. Made with Graft.</source>
        <translation>基于%1。由 Graft 生成。</translation>
    </message>
    <message>
        <source>On %1, %2. Made with Graft.</source>
        <translation>基于%1，%2。由 Graft 生成。</translation>
    </message>
    <message>
        <source>Accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <source>macro F1 %1</source>
        <translation>宏 F1 %1</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图片</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <source>%1 could not be read and were left out: %2</source>
        <translation>%1 个无法读取，已略过：%2</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>各类别</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the class predicted.</source>
        <translation>行：真实类别；列：预测类别。</translation>
    </message>
    <message>
        <source>Labelling with a threshold</source>
        <translation>使用阈值标注</translation>
    </message>
    <message>
        <source>Files the model is less sure of than the threshold go to _uncertain/ for a person; how many of these images each threshold labels, and how many of those are right.</source>
        <translation>模型把握低于阈值的文件放入 _uncertain/ 供人工处理；每个阈值会标注这些图片中的多少张，以及其中多少正确。</translation>
    </message>
    <message>
        <source>Uncertain below</source>
        <translation>低于此值视为不确定</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>Right of those</source>
        <translation>其中正确</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>None: every image was recognised.</source>
        <translation>没有：每张图片都识别正确。</translation>
    </message>
    <message>
        <source>All %1 images the model got wrong, the most confident first: the likeliest to be mislabelled.</source>
        <translation>模型判断错误的全部 %1 张图片，最有把握的在前：最可能是标注错误。</translation>
    </message>
    <message>
        <source>The %1 of %2 images the model got wrong, the most confident first: the likeliest to be mislabelled.</source>
        <translation>模型判断错误的 %2 张图片中的 %1 张，最有把握的在前：最可能是标注错误。</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <source>ImageNet (pretrained)</source>
        <translation>ImageNet（预训练）</translation>
    </message>
    <message>
        <source>none (trained from scratch)</source>
        <translation>无（从头训练）</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>%1 (the model of epoch %2)</source>
        <translation>%1（第 %2 轮的模型）</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>%1, learning rate %2</source>
        <translation>%1，学习率 %2</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练设备</translation>
    </message>
    <message>
        <source>on</source>
        <comment>augmentation is on</comment>
        <translation>开</translation>
    </message>
    <message>
        <source>Writing the report: %1 of %2 pictures</source>
        <translation>正在写报告：%1 / %2 张图片</translation>
    </message>
    <message>
        <source>One HTML page to keep or send: the metrics, the confusion matrix, what a labelling threshold does, and the most confident mistakes with their pictures and where the model looks in them</source>
        <translation>一个可保存或发送的 HTML 页面：指标、混淆矩阵、标注阈值的效果，以及最有把握的错误及其图片和模型在其中看的地方</translation>
    </message>
    <message>
        <source>Report stopped: nothing was written</source>
        <translation>报告已停止：未写入任何内容</translation>
    </message>
    <message>
        <source>Stop &amp;report</source>
        <translation>停止报告(&amp;R)</translation>
    </message>
</context>
<context>
    <name>graft::ui::Format</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>graft::ui::HeatMapDialog</name>
    <message>
        <source>Where the model looks — %1</source>
        <translation>模型在看哪里 — %1</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查看…</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Red: where the model found the most evidence for the class; blue: none (Grad-CAM on %1, the pictures on one scale).</source>
        <translation>红色：模型为该类别找到最多依据的地方；蓝色：没有依据（在 %1 上的 Grad-CAM，各图使用同一标尺）。</translation>
    </message>
    <message>
        <source>Red: where the model found the most evidence for the class; blue: none (Grad-CAM on %1).</source>
        <translation>红色：模型为该类别找到最多依据的地方；蓝色：没有依据（在 %1 上的 Grad-CAM）。</translation>
    </message>
    <message>
        <source>The darkened edge is cropped off before the model looks.</source>
        <translation>变暗的边缘在模型查看之前已被裁掉。</translation>
    </message>
    <message>
        <source>Where it looks could not be shown: %1</source>
        <translation>无法显示模型在看哪里：%1</translation>
    </message>
    <message>
        <source>(no place speaks for it)</source>
        <translation>（没有任何地方支持它）</translation>
    </message>
</context>
<context>
    <name>graft::ui::LayerTreeModel</name>
    <message>
        <source> (classifier)</source>
        <translation>（分类器）</translation>
    </message>
    <message>
        <source>Trainable</source>
        <translation>可训练</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>%1 of %2 parameters trainable</source>
        <translation>%2 个参数中有 %1 个可训练</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>graft::ui::LearningRateDialog</name>
    <message>
        <source>Find a learning rate</source>
        <translation>查找学习率</translation>
    </message>
    <message>
        <source>The model trains on the training images for up to %1 batches while the learning rate rises from %2 to %3, and the loss is watched: it falls, then takes off. A good rate lies where it falls fastest. Nothing is kept: the run starts afresh with the rate chosen.</source>
        <translation>模型在训练图片上最多训练 %1 个批次，同时学习率从 %2 升到 %3，并观察损失：它先下降，然后飙升。好的学习率位于损失下降最快的地方。不保留任何结果：运行会用选定的学习率重新开始。</translation>
    </message>
    <message>
        <source>Loss by learning rate</source>
        <translation>各学习率下的损失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>损失（平滑）</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Computing the frozen layers once: %1 of %2 images</source>
        <translation>正在一次性计算冻结层：%1 / %2 张图片</translation>
    </message>
    <message>
        <source>Batch %1 of %2: learning rate %3, loss %4</source>
        <translation>批次 %1 / %2：学习率 %3，损失 %4</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln batch(es).</source>
        <translation>
            <numerusform>已在 %Ln 个批次后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few batches to suggest a rate: the loss took off at once, or the search was stopped early. Click the chart to choose one.</source>
        <translation>批次太少，无法给出建议：损失立即飙升，或搜索过早停止。点击图表选择一个学习率。</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>使用 %1(&amp;U)</translation>
    </message>
    <message>
        <source>Suggested: %1, where the loss fell fastest (red line); lowest loss at %2; the rate set now, %3, is the green line. Click the chart to choose another rate.</source>
        <translation>建议：%1，损失下降最快处（红线）；损失最低处为 %2；当前设置的学习率 %3 为绿线。点击图表可选择其他学习率。</translation>
    </message>
</context>
<context>
    <name>graft::ui::MainWindow</name>
    <message>
        <source>1  Data</source>
        <translation>1  数据</translation>
    </message>
    <message>
        <source>2  Model</source>
        <translation>2  模型</translation>
    </message>
    <message>
        <source>3  Train</source>
        <translation>3  训练</translation>
    </message>
    <message>
        <source>4  Evaluate</source>
        <translation>4  评估</translation>
    </message>
    <message>
        <source>5  Use</source>
        <translation>5  使用</translation>
    </message>
    <message>
        <source>Choose and check the images (Ctrl+1)</source>
        <translation>选择并检查图片（Ctrl+1）</translation>
    </message>
    <message>
        <source>Choose a network and what it learns (Ctrl+2)</source>
        <translation>选择网络及其要学习的部分（Ctrl+2）</translation>
    </message>
    <message>
        <source>Train and watch it learn (Ctrl+3)</source>
        <translation>训练并观察学习过程（Ctrl+3）</translation>
    </message>
    <message>
        <source>See where it is right and wrong (Ctrl+4)</source>
        <translation>查看模型在哪里判断正确、哪里出错（Ctrl+4）</translation>
    </message>
    <message>
        <source>Export it and label new images (Ctrl+5)</source>
        <translation>导出模型并标注新图片（Ctrl+5）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import weights from file…</source>
        <translation>从文件导入权重(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Download weights</source>
        <translation>下载权重(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause / resume</source>
        <translation>暂停/继续(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Augmentation preview…</source>
        <translation>数据增强预览(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export TorchScript…</source>
        <translation>导出 TorchScript(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Graft</source>
        <translation>关于 Graft(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1[*] — Graft</source>
        <translation>%1[*] — Graft</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Graft projects (*.graft)</source>
        <translation>Graft 项目 (*.graft)</translation>
    </message>
    <message>
        <source>Sample project: Fashion-MNIST with MobileNetV2. Press F5 to train.</source>
        <translation>示例项目：使用 MobileNetV2 的 Fashion-MNIST。按 F5 开始训练。</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>About Graft</source>
        <translation>关于 Graft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Graft %1&lt;/h3&gt;&lt;p&gt;No-code transfer learning for image classifiers.&lt;/p&gt;&lt;p&gt;Built with LibTorch %2, Qt %3, OpenCV %4 and QCustomPlot.&lt;/p&gt;&lt;p&gt;Pretrained weights are torchvision&apos;s, trained on ImageNet-1k: check its terms before commercial use.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Graft %1&lt;/h3&gt;&lt;p&gt;无需编程的图像分类器迁移学习工具。&lt;/p&gt;&lt;p&gt;基于 LibTorch %2、Qt %3、OpenCV %4 和 QCustomPlot 构建。&lt;/p&gt;&lt;p&gt;预训练权重来自 torchvision，在 ImageNet-1k 上训练：商业使用前请查阅其使用条款。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>正在训练</translation>
    </message>
    <message>
        <source>&amp;Continue selected run</source>
        <translation>继续所选运行(&amp;C)</translation>
    </message>
    <message>
        <source>Add a &amp;run folder…</source>
        <translation>添加运行文件夹(&amp;R)…</translation>
    </message>
    <message>
        <source>Stop training and quit? The run can be continued later: select it on the Train step and press Continue run.</source>
        <translation>停止训练并退出？之后可以继续该运行：在“训练”步骤中选中它并点击“继续运行”。</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU（CUDA）</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %Ln thread(s)</source>
        <translation>
            <numerusform>CPU，%Ln 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source>Where training, evaluation and labelling run on this computer (Preferences, or the Train step&apos;s Compute box)</source>
        <translation>本机上训练、评估和标注在何处运行（首选项，或“训练”步骤中的“计算”框）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Unsaved project</source>
        <translation>未保存的项目</translation>
    </message>
    <message numerus="yes">
        <source>Graft was closed without saving a project with %Ln run(s) (last changed %1). Restore it?</source>
        <translation>
            <numerusform>Graft 关闭时未保存一个包含 %Ln 次训练的项目（最后修改于 %1）。要恢复它吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Its run folders are kept either way; Discard only forgets this list.</source>
        <translation>无论如何，其训练文件夹都会保留；“放弃”只会忘记此列表。</translation>
    </message>
    <message>
        <source>Could not keep a copy of the unsaved project: %1</source>
        <translation>无法保留未保存项目的副本：%1</translation>
    </message>
    <message>
        <source>Settin&amp;gs</source>
        <translation>设置(&amp;G)</translation>
    </message>
    <message>
        <source>Try the &amp;sample dataset</source>
        <translation>试用示例数据集(&amp;S)</translation>
    </message>
    <message>
        <source>Sample dataset</source>
        <translation>示例数据集</translation>
    </message>
    <message>
        <source>The sample dataset could not be made: %1</source>
        <translation>无法创建示例数据集：%1</translation>
    </message>
</context>
<context>
    <name>graft::ui::ModelPage</name>
    <message>
        <source>Architectures</source>
        <translation>网络结构</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>GFLOPs</source>
        <translation>GFLOPs</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Larger models learn better features but train and run slower. GFLOPs: computation per image.</source>
        <translation>较大的模型能学到更好的特征，但训练和运行更慢。GFLOPs：每张图片的计算量。</translation>
    </message>
    <message>
        <source>Pretrained weights</source>
        <translation>预训练权重</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Download torchvision&apos;s official ImageNet weights once; they are checked and cached</source>
        <translation>一次性下载 torchvision 官方的 ImageNet 权重；下载后会校验并缓存</translation>
    </message>
    <message>
        <source>&amp;Import weights from file…</source>
        <translation>从文件导入权重(&amp;I)…</translation>
    </message>
    <message>
        <source>Use a .pth/.pt file you have (for example on a computer without internet)</source>
        <translation>使用已有的 .pth/.pt 文件（例如在没有网络的电脑上）</translation>
    </message>
    <message>
        <source>Train from scratch (no pretrained weights)</source>
        <translation>从零开始训练（不使用预训练权重）</translation>
    </message>
    <message>
        <source>Needs far more images and time; pretrained weights are almost always better</source>
        <translation>需要多得多的图片和时间；预训练权重几乎总是更好</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2 · %3/s · %4 left</source>
        <translation>%1 / %2 · %3/s · 剩余 %4</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>已下载 %1</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>%1

Without internet: %2</source>
        <translation>%1

没有网络时：%2</translation>
    </message>
    <message>
        <source>Layers and their trainable state</source>
        <translation>各层及其是否可训练</translation>
    </message>
    <message>
        <source>Tick what should learn. Frozen layers keep their ImageNet knowledge and train much faster. Right-click: train from a layer on.</source>
        <translation>勾选需要学习的部分。冻结的层保留其在 ImageNet 上学到的知识，训练也快得多。右键单击：从某一层开始训练。</translation>
    </message>
    <message>
        <source>Freeze the whole network but the new classifier: fastest, best for small datasets</source>
        <translation>冻结除新分类器外的整个网络：最快，最适合小数据集</translation>
    </message>
    <message>
        <source>Fine-tune &amp;last</source>
        <translation>微调最后(&amp;L)</translation>
    </message>
    <message>
        <source>Also train the last blocks of the network: better with more images</source>
        <translation>同时训练网络的最后几个模块：图片较多时效果更好</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> 个模块</translation>
    </message>
    <message>
        <source>Number of blocks to fine-tune</source>
        <translation>要微调的模块数</translation>
    </message>
    <message>
        <source>Fine-tune &amp;all</source>
        <translation>微调全部(&amp;A)</translation>
    </message>
    <message>
        <source>Train every layer: most flexible, slowest, needs the most images</source>
        <translation>训练所有层：最灵活、最慢，需要最多的图片</translation>
    </message>
    <message>
        <source>New classifier</source>
        <translation>新分类器</translation>
    </message>
    <message>
        <source>none (one linear layer)</source>
        <translation>无（单个线性层）</translation>
    </message>
    <message>
        <source>A hidden layer between the features and the classes can help with very different images</source>
        <translation>在特征与类别之间加一个隐藏层，对差异很大的图片可能有帮助</translation>
    </message>
    <message>
        <source>Dropout before the last layer when there is a hidden layer (fights overfitting)</source>
        <translation>有隐藏层时，在最后一层之前使用 Dropout（抑制过拟合）</translation>
    </message>
    <message>
        <source>Hidden units:</source>
        <translation>隐藏单元：</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>Dropout：</translation>
    </message>
    <message>
        <source>Weights imported</source>
        <translation>权重已导入</translation>
    </message>
    <message>
        <source>download (%1)</source>
        <translation>下载（%1）</translation>
    </message>
    <message>
        <source>%1 will start from random weights.</source>
        <translation>%1 将从随机权重开始训练。</translation>
    </message>
    <message>
        <source>Weights file: %1</source>
        <translation>权重文件：%1</translation>
    </message>
    <message>
        <source>ImageNet weights for %1 are not on this computer yet (%2). Download them, or import a file.</source>
        <translation>本机尚无 %1 的 ImageNet 权重（%2）。请下载，或导入一个文件。</translation>
    </message>
    <message>
        <source>ImageNet weights found (%1): %2</source>
        <translation>已找到 ImageNet 权重（%1）：%2</translation>
    </message>
    <message>
        <source>Import weights</source>
        <translation>导入权重</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pth *.pt *.bin);;All files (*)</source>
        <translation>PyTorch 权重 (*.pth *.pt *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Loading the layers of %1…</source>
        <translation>正在加载 %1 的各层…</translation>
    </message>
    <message>
        <source>Trainable: %1 of %2 parameters (%3%)</source>
        <translation>可训练：%2 个参数中的 %1 个（%3%）</translation>
    </message>
    <message>
        <source>Train from “%1” on (freeze everything above)</source>
        <translation>从“%1”开始训练（冻结其之前的所有层）</translation>
    </message>
    <message>
        <source>Freeze “%1”</source>
        <translation>冻结“%1”</translation>
    </message>
    <message>
        <source>Train “%1”</source>
        <translation>训练“%1”</translation>
    </message>
    <message>
        <source>PyTorch hub cache</source>
        <translation>PyTorch hub 缓存</translation>
    </message>
    <message>
        <source>Graft cache</source>
        <translation>Graft 缓存</translation>
    </message>
    <message>
        <source>weights folder</source>
        <translation>权重文件夹</translation>
    </message>
    <message>
        <source>imported file</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Top-1 %</source>
        <translation>Top-1 %</translation>
    </message>
    <message>
        <source>Computation for one image, in billions of operations</source>
        <translation>处理一张图片的计算量（十亿次运算）</translation>
    </message>
    <message>
        <source>Input size in pixels the network was trained at</source>
        <translation>网络训练时使用的输入尺寸（像素）</translation>
    </message>
    <message>
        <source>Accuracy on ImageNet (top-1) with torchvision&apos;s weights</source>
        <translation>使用 torchvision 权重时在 ImageNet 上的准确率（Top-1）</translation>
    </message>
    <message>
        <source>Where the pretrained weights are, or their download size</source>
        <translation>预训练权重所在位置，或其下载大小</translation>
    </message>
    <message>
        <source>Weights not imported</source>
        <translation>未导入权重</translation>
    </message>
    <message>
        <source>Train head &amp;only</source>
        <translation>仅训练分类头(&amp;O)</translation>
    </message>
</context>
<context>
    <name>graft::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>自动（有 GPU 时使用 GPU）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU（CUDA）</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Weights cache</source>
        <translation>权重缓存</translation>
    </message>
    <message>
        <source>Folders searched for weights files: official names, or &lt;model&gt;-*.pth</source>
        <translation>搜索权重文件的文件夹：官方文件名，或 &lt;模型&gt;-*.pth</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Weights folder</source>
        <translation>权重文件夹</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Save the project automatically</source>
        <translation>自动保存项目</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU 线程：</translation>
    </message>
    <message>
        <source>Weights cache:</source>
        <translation>权重缓存：</translation>
    </message>
    <message>
        <source>Weights folders:</source>
        <translation>权重文件夹：</translation>
    </message>
    <message>
        <source>PyTorch&apos;s hub cache is always searched: %1</source>
        <translation>始终会搜索 PyTorch 的 hub 缓存：%1</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies when Graft starts again.</source>
        <translation>新的语言将在 Graft 下次启动时生效。</translation>
    </message>
    <message>
        <source>No CUDA GPU on this computer, or this LibTorch has no CUDA</source>
        <translation>本机没有 CUDA GPU，或此 LibTorch 不支持 CUDA</translation>
    </message>
</context>
<context>
    <name>graft::ui::ThresholdDialog</name>
    <message>
        <source>Uncertain below</source>
        <translation>低于此值视为不确定</translation>
    </message>
    <message>
        <source>What a threshold does to the %1 (the model&apos;s last evaluation): files the model is less sure of go to _uncertain/ for a person to check, the others are labelled. Click or drag along the chart to choose one.</source>
        <translation>阈值对%1（模型最近一次评估）的效果：模型把握较低的文件放入 _uncertain/ 供人工检查，其余的被标注。在图表上点击或拖动来选择阈值。</translation>
    </message>
    <message>
        <source>Labelled images and how many of them are right, by threshold</source>
        <translation>各阈值下被标注的图片及其中正确的数量</translation>
    </message>
    <message>
        <source>uncertain below (confidence, %)</source>
        <translation>不确定阈值（置信度，%）</translation>
    </message>
    <message>
        <source>% of images</source>
        <translation>图片的 %</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>已标注</translation>
    </message>
    <message>
        <source>right, of the labelled</source>
        <translation>已标注中正确的</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>&amp;Uncertain below:</source>
        <translation>低于此值视为不确定(&amp;U)：</translation>
    </message>
    <message>
        <source>Labels &amp;right at least:</source>
        <translation>标注正确率至少(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Lowest threshold for it</source>
        <translation>满足它的最低阈值(&amp;L)</translation>
    </message>
    <message>
        <source>The threshold that leaves the fewest files to a person while the labelled ones are at least this often right</source>
        <translation>在已标注文件至少达到此正确率的前提下，留给人工检查的文件最少的阈值</translation>
    </message>
    <message>
        <source>No threshold gets %1 of the labels right on these images.</source>
        <translation>在这些图片上，没有阈值能让标注正确率达到 %1。</translation>
    </message>
    <message>
        <source>all labelled, %1 right.</source>
        <translation>全部标注，%1 正确。</translation>
    </message>
    <message>
        <source>none labelled: all go to _uncertain/.</source>
        <translation>没有标注：全部放入 _uncertain/。</translation>
    </message>
    <message>
        <source>%1 labelled (%2), %3 of them right; %4 to _uncertain/.</source>
        <translation>标注 %1 个（%2），其中 %3 正确；%4 个放入 _uncertain/。</translation>
    </message>
</context>
<context>
    <name>graft::ui::TrainPage</name>
    <message>
        <source>Start a new run with these settings (F5)</source>
        <translation>用这些设置开始一次新的训练（F5）</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause after the current batch; press again to resume</source>
        <translation>在当前批次结束后暂停；再按一次继续</translation>
    </message>
    <message>
        <source>Stop after the current batch. The best model so far is kept and the run can be resumed.</source>
        <translation>在当前批次结束后停止。目前最好的模型会被保留，之后可以继续这次训练。</translation>
    </message>
    <message>
        <source>Batch %v of %m</source>
        <translation>第 %v / %m 批</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>training (smoothed)</source>
        <translation>训练（平滑）</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>训练日志</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>How many times training goes through all training images. More epochs can fit better, until the model starts memorising (watch the validation curves).</source>
        <translation>训练遍历全部训练图片的次数。轮次越多拟合可能越好，直到模型开始死记硬背（请留意验证曲线）。</translation>
    </message>
    <message>
        <source>Images per training step. Larger batches are faster per image but need more memory; 16–64 works for most.</source>
        <translation>每个训练步骤使用的图片数。批次越大，每张图片越快，但需要更多内存；大多数情况下 16–64 即可。</translation>
    </message>
    <message>
        <source>The images are resized and cropped to this size. The model&apos;s own size is best; smaller is faster.</source>
        <translation>图片会被缩放并裁剪到这个尺寸。使用模型自身的尺寸效果最好；更小则更快。</translation>
    </message>
    <message>
        <source>How weights are updated. Adam adapts per weight and is forgiving; SGD with momentum can generalise better with tuning.</source>
        <translation>权重的更新方式。Adam 会按每个权重自适应调整，对设置较宽容；带动量的 SGD 经过调参后泛化能力可能更好。</translation>
    </message>
    <message>
        <source>Step size of each update for the new classifier. Too high: the loss jumps or explodes; too low: slow progress. 0.001 suits Adam.</source>
        <translation>新分类器每次更新的步长。太高：损失会剧烈波动甚至发散；太低：进展缓慢。Adam 适合 0.001。</translation>
    </message>
    <message>
        <source>SGD only: how much of the previous update carries over (0.9 is usual).</source>
        <translation>仅 SGD：上一次更新保留下来的比例（通常为 0.9）。</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Learning rate of unfrozen pretrained layers as a multiple of the classifier&apos;s. Small values (0.1) keep what they learned on ImageNet.</source>
        <translation>未冻结的预训练层的学习率，以分类器学习率的倍数表示。较小的值（0.1）可保留它们在 ImageNet 上学到的内容。</translation>
    </message>
    <message>
        <source>Pulls weights towards zero to fight overfitting.</source>
        <translation>将权重拉向零，以抑制过拟合。</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>One-cycle</source>
        <translation>单周期</translation>
    </message>
    <message>
        <source>How the learning rate changes over the run. Cosine lowers it smoothly to zero.</source>
        <translation>学习率在训练过程中的变化方式。余弦会将其平滑地降到零。</translation>
    </message>
    <message>
        <source>Epochs over which the learning rate ramps up from zero; steadies the first steps.</source>
        <translation>学习率从零逐步升高所用的轮次；可让最初几步更稳定。</translation>
    </message>
    <message>
        <source>Makes the model less over-confident; 0.1 is a common choice.</source>
        <translation>让模型不那么过度自信；常用值为 0.1。</translation>
    </message>
    <message>
        <source>Weight classes by rarity</source>
        <translation>按稀有程度加权类别</translation>
    </message>
    <message>
        <source>For imbalanced datasets: mistakes on small classes count more.</source>
        <translation>适用于不平衡的数据集：小类别上的错误权重更高。</translation>
    </message>
    <message>
        <source>Stop when validation has not improved for this many epochs (0 = never stop early). The best model is kept either way.</source>
        <translation>验证结果连续这么多轮没有改善时停止（0 = 不提前停止）。无论如何都会保留最好的模型。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>What decides the best model and early stopping.</source>
        <translation>用于确定最佳模型和提前停止的指标。</translation>
    </message>
    <message>
        <source>The same seed, data and settings give the same results.</source>
        <translation>相同的随机种子、数据和设置会得到相同的结果。</translation>
    </message>
    <message>
        <source>Augment training images</source>
        <translation>对训练图片做数据增强</translation>
    </message>
    <message>
        <source>Random changes to each training image every epoch, so the model learns what matters. With a frozen backbone, turning it off lets Graft compute the frozen layers once (much faster).</source>
        <translation>每一轮对每张训练图片做随机变化，让模型学到真正重要的特征。主干网络冻结时关闭此项，Graft 只需计算一次冻结层（快得多）。</translation>
    </message>
    <message>
        <source>Random crops and zoom</source>
        <translation>随机裁剪与缩放</translation>
    </message>
    <message>
        <source>Horizontal flips</source>
        <translation>水平翻转</translation>
    </message>
    <message>
        <source>Turn off when left and right matter (text, arrows)</source>
        <translation>当左右方向有意义时（文字、箭头）请关闭</translation>
    </message>
    <message>
        <source>Random rotation up to this many degrees</source>
        <translation>最多旋转这么多度的随机旋转</translation>
    </message>
    <message>
        <source>Random brightness, contrast and saturation changes of up to this strength</source>
        <translation>最大为此强度的随机亮度、对比度和饱和度变化</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Show what augmentation makes of a training image</source>
        <translation>显示数据增强对一张训练图片的效果</translation>
    </message>
    <message>
        <source>Automatic uses the GPU when there is one</source>
        <translation>“自动”会在有 GPU 时使用 GPU</translation>
    </message>
    <message>
        <source>CPU threads for training (0 = all cores)</source>
        <translation>训练使用的 CPU 线程数（0 = 全部核心）</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批次大小：</translation>
    </message>
    <message>
        <source>Input size:</source>
        <translation>输入尺寸：</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <source>Backbone rate ×:</source>
        <translation>主干学习率 ×：</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>权重衰减：</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>学习率调度：</translation>
    </message>
    <message>
        <source>Warm-up epochs:</source>
        <translation>预热轮次：</translation>
    </message>
    <message>
        <source>Label smoothing:</source>
        <translation>标签平滑：</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>提前停止：</translation>
    </message>
    <message>
        <source>Best model by:</source>
        <translation>最佳模型依据：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Rotation (°):</source>
        <translation>旋转（°）：</translation>
    </message>
    <message>
        <source>Colour jitter:</source>
        <translation>颜色抖动：</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>线程：</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Open a dataset on the Data step first.</source>
        <translation>请先在“数据”步骤中打开一个数据集。</translation>
    </message>
    <message>
        <source>The dataset cannot be used yet: %1</source>
        <translation>该数据集暂时无法使用：%1</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>训练文件夹：%1</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次结束后停止…</translation>
    </message>
    <message>
        <source>Computing frozen layers %v of %m</source>
        <translation>正在计算冻结层：%v / %m</translation>
    </message>
    <message>
        <source>%1 images/s (frozen layers computed once)</source>
        <translation>%1 张图片/秒（冻结层只计算一次）</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 张图片/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>%1 validation</source>
        <translation>%1 验证</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开一个数据集。</translation>
    </message>
    <message>
        <source>Augmentation preview</source>
        <translation>数据增强预览</translation>
    </message>
    <message>
        <source>As validation sees it</source>
        <translation>验证时看到的样子</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>Training stopped early: no more improvement</source>
        <translation>训练提前结束：已不再改善</translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>训练完成</translation>
    </message>
    <message>
        <source>Select a run to show its curves and continue it; tick runs to overlay their validation curves</source>
        <translation>选择一个运行以显示其曲线并继续它；勾选运行以叠加显示其验证曲线</translation>
    </message>
    <message>
        <source>Continue run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>%1 is being trained right now, by another Graft window or graft-cli. Wait for it to end, or stop it there first.</source>
        <translation>%1 正在由另一个 Graft 窗口或 graft-cli 训练。请等待其结束，或先在那里停止它。</translation>
    </message>
    <message numerus="yes">
        <source>This run has finished its %Ln epoch(s); give more epochs to train it further.</source>
        <translation>
            <numerusform>该运行已完成其 %Ln 个轮次；请给出更多轮次以继续训练。</numerusform>
        </translation>
    </message>
    <message>
        <source>Continuing %1 after epoch %2, up to epoch %3</source>
        <translation>从第 %2 轮之后继续 %1，直到第 %3 轮</translation>
    </message>
    <message>
        <source>Train further</source>
        <translation>继续训练</translation>
    </message>
    <message numerus="yes">
        <source>%1 has trained for %Ln epoch(s). Train it up to how many epochs in all?</source>
        <translation>
            <numerusform>%1 已训练 %Ln 个轮次。总共训练到多少个轮次？</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a run</source>
        <translation>添加运行</translation>
    </message>
    <message>
        <source>Add a run folder (made by graft-cli train or another project)</source>
        <translation>添加运行文件夹（由 graft-cli train 或其他项目创建）</translation>
    </message>
    <message>
        <source>%1
Its program ended while it trained; Continue run goes on from its last completed epoch.</source>
        <translation>%1
其程序在训练时结束；“继续运行”会从其最后完成的轮次继续。</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>folder missing</source>
        <translation>文件夹缺失</translation>
    </message>
    <message>
        <source>Train the selected run further, for more epochs</source>
        <translation>继续训练所选运行，增加轮次</translation>
    </message>
    <message>
        <source>Continue the selected run from its last completed epoch (after a stop, a crash or quitting)</source>
        <translation>从最后完成的轮次继续所选运行（在停止、崩溃或退出之后）</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>Remove from the list (keep its folder)</source>
        <translation>从列表中移除（保留其文件夹）</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>移到回收站…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move the run %1 and its models to the trash? It can be restored from there.</source>
        <translation>将运行 %1 及其模型移到回收站？之后可从回收站恢复。</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>移除运行</translation>
    </message>
    <message>
        <source>%1 is being trained right now; stop it first.</source>
        <translation>%1 正在训练；请先停止它。</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash; remove it yourself, or check its permissions.</source>
        <translation>无法将 %1 移到回收站；请自行删除，或检查其权限。</translation>
    </message>
    <message>
        <source>Use its settings for the next run</source>
        <translation>下次运行使用其设置</translation>
    </message>
    <message>
        <source>Use a run&apos;s settings</source>
        <translation>使用某次运行的设置</translation>
    </message>
    <message>
        <source>The next run uses the settings of %1</source>
        <translation>下次运行将使用 %1 的设置</translation>
    </message>
    <message>
        <source>Paused: press Resume (F6) to go on</source>
        <translation>已暂停：按“继续”(F6) 继续</translation>
    </message>
    <message>
        <source>%1&apos;s ImageNet weights are not on this computer yet. Download them (%2) and start training when they are here?</source>
        <translation>%1 的 ImageNet 权重尚未在这台计算机上。现在下载（%2），并在下载完成后开始训练？</translation>
    </message>
    <message>
        <source>Downloading the weights; training starts when they are here.</source>
        <translation>正在下载权重；下载完成后开始训练。</translation>
    </message>
    <message>
        <source>The weights were not downloaded; training did not start.</source>
        <translation>权重未下载；训练未开始。</translation>
    </message>
    <message>
        <source>Best model: —</source>
        <translation>最佳模型：—</translation>
    </message>
    <message>
        <source>Best model: epoch %1 · validation accuracy %2%</source>
        <translation>最佳模型：第 %1 轮 · 验证准确率 %2%</translation>
    </message>
    <message>
        <source>%1
Failed: %2</source>
        <translation>%1
失败：%2</translation>
    </message>
    <message>
        <source>Augmentation is off: every epoch sees the original. Above: what it would do.</source>
        <translation>数据增强已关闭：每个轮次都使用原图。上方为开启后的效果。</translation>
    </message>
    <message>
        <source>Another image</source>
        <translation>换一张图像</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Original (%1), then seven augmentations</source>
        <translation>原图（%1），然后是七个增强结果</translation>
    </message>
    <message>
        <source>This computer&apos;s setting (also in Preferences), for every project: where training, evaluation and labelling run</source>
        <translation>本机设置（也在首选项中），适用于所有项目：训练、评估和标注在何处运行</translation>
    </message>
    <message>
        <source>%v of %m epochs</source>
        <translation>已完成 %v / %m 轮</translation>
    </message>
    <message>
        <source>Epoch %1 of %m</source>
        <translation>第 %1 / %m 轮</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message numerus="yes">
        <source>%n batches an epoch</source>
        <translation>
            <numerusform>每轮 %n 个批次</numerusform>
        </translation>
    </message>
    <message>
        <source>SGD only, with a momentum above 0: a look-ahead form of momentum</source>
        <translation>仅限 SGD，且动量大于 0：一种前瞻式的动量</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Continue run</source>
        <translation>继续运行(&amp;C)</translation>
    </message>
    <message>
        <source>%1 left for the frozen layers</source>
        <translation>冻结层剩余 %1</translation>
    </message>
    <message>
        <source>The images are %1×%2 px, enlarged %3× here. Half this size (%4 px) trains about 4× faster, at some cost in accuracy.</source>
        <translation>图像为 %1×%2 像素，此处放大 %3 倍。使用一半的尺寸（%4 像素）训练约快 4 倍，但会损失一些准确率。</translation>
    </message>
    <message>
        <source>The images are about %1×%2 px, enlarged %3× here. Half this size (%4 px) trains about 4× faster, at some cost in accuracy.</source>
        <translation>图像约为 %1×%2 像素，此处放大 %3 倍。使用一半的尺寸（%4 像素）训练约快 4 倍，但会损失一些准确率。</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>查找(&amp;I)…</translation>
    </message>
    <message>
        <source>Try rates from very small to too large on a few batches of your images, with these settings, and see where the loss falls fastest (the range test)</source>
        <translation>用当前设置在几个批次的图片上尝试从极小到过大的学习率，看损失在哪里下降最快（范围测试）</translation>
    </message>
    <message>
        <source>Find a learning rate</source>
        <translation>查找学习率</translation>
    </message>
    <message>
        <source>Open a dataset that can be trained on (the Data step) first.</source>
        <translation>请先打开一个可用于训练的数据集（“数据”步骤）。</translation>
    </message>
    <message>
        <source>The model&apos;s ImageNet weights are not on this computer yet: download them on the Model step (Start offers it too), then search.</source>
        <translation>模型的 ImageNet 权重尚未在此计算机上：请在“模型”步骤中下载（“开始”也会提供下载），然后再搜索。</translation>
    </message>
    <message>
        <source>Learning rate for the next run: %1 (from the learning-rate search)</source>
        <translation>下次运行的学习率：%1（来自学习率搜索）</translation>
    </message>
</context>
<context>
    <name>graft::ui::UsePage</name>
    <message>
        <source>Model to use</source>
        <translation>要使用的模型</translation>
    </message>
    <message>
        <source>Other model file…</source>
        <translation>其他模型文件…</translation>
    </message>
    <message>
        <source>Use an exported .pt file or a checkpoint</source>
        <translation>使用导出的 .pt 文件或检查点</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Graft models (*.pt);;All files (*)</source>
        <translation>Graft 模型 (*.pt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Drop images to classify</source>
        <translation>拖入要分类的图片</translation>
    </message>
    <message>
        <source>Drop images here</source>
        <translation>将图片拖到这里</translation>
    </message>
    <message>
        <source>Choose images…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Images to classify</source>
        <translation>要分类的图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>E&amp;xport TorchScript…</source>
        <translation>导出 TorchScript(&amp;X)…</translation>
    </message>
    <message>
        <source>One .pt file with the class names and preprocessing, for LibTorch (torch::jit::load) and Python (torch.jit.load)</source>
        <translation>一个包含类别名称与预处理信息的 .pt 文件，可用于 LibTorch（torch::jit::load）和 Python（torch.jit.load）</translation>
    </message>
    <message>
        <source>Label a folder</source>
        <translation>标注文件夹</translation>
    </message>
    <message>
        <source>Folder of new images (searched with its sub-folders)</source>
        <translation>新图片所在的文件夹（包括其子文件夹）</translation>
    </message>
    <message>
        <source>Folder for labels.csv and the sorted images</source>
        <translation>存放 labels.csv 和分好类的图片的文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Images to label</source>
        <translation>要标注的图片</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>CSV only</source>
        <translation>仅 CSV</translation>
    </message>
    <message>
        <source>Copy into class folders</source>
        <translation>复制到类别文件夹</translation>
    </message>
    <message>
        <source>Move into class folders</source>
        <translation>移动到类别文件夹</translation>
    </message>
    <message>
        <source>Moves are recorded in a journal and can be undone</source>
        <translation>移动操作会记录在日志中，可以撤销</translation>
    </message>
    <message>
        <source>Images the model is less sure about go to _uncertain/ for a person to check</source>
        <translation>模型把握较低的图片会放入 _uncertain/，留待人工检查</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标注(&amp;L)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>打开输出文件夹</translation>
    </message>
    <message>
        <source>Undo copies/moves</source>
        <translation>撤销复制/移动</translation>
    </message>
    <message>
        <source>Labelling results</source>
        <translation>标注结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Uncertain below:</source>
        <translation>低于此值视为不确定：</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>%v of %m · %1 images/s</source>
        <translation>%v / %m · %1 张图片/秒</translation>
    </message>
    <message>
        <source>Labelling failed: %1</source>
        <translation>标注失败：%1</translation>
    </message>
    <message>
        <source>Train a model first (or choose a model file).</source>
        <translation>请先训练一个模型（或选择一个模型文件）。</translation>
    </message>
    <message>
        <source>Train a model first.</source>
        <translation>请先训练一个模型。</translation>
    </message>
    <message>
        <source>Export TorchScript</source>
        <translation>导出 TorchScript</translation>
    </message>
    <message>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Move the images out of %1 into class folders? The moves can be undone.</source>
        <translation>将 %1 中的图片移动到各类别文件夹？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Choose a model, the folder of images and an output folder.</source>
        <translation>请选择模型、图片文件夹和输出文件夹。</translation>
    </message>
    <message>
        <source>Labelling…</source>
        <translation>正在标注…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had been copied or moved by an earlier run into this output folder and stay where they are.</source>
        <translation>
            <numerusform>其中 %Ln 个文件已由之前的运行复制或移动到此输出文件夹，保持原位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing %v of %m</source>
        <translation>正在撤销 %v / %m</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %Ln file(s) back as they were.</source>
        <translation>
            <numerusform>已撤销：%Ln 个文件已恢复原状。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>撤销失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read (see the table).</source>
        <translation>
            <numerusform>%Ln 个文件无法读取（见表格）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %Ln file(s) copied or moved into %1 back as they were</source>
        <translation>
            <numerusform>将复制或移动到 %1 的 %Ln 个文件恢复原状</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo in the output folder</source>
        <translation>输出文件夹中没有可撤销的操作</translation>
    </message>
    <message numerus="yes">
        <source>Put the %Ln file(s) copied or moved into %1 back as they were?</source>
        <translation>
            <numerusform>将复制或移动到 %1 的 %Ln 个文件恢复原状？</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>正在撤销…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln image(s) in %1 s (%2 s loading the model, then %3 images/s): %4.</source>
        <translation>
            <numerusform>在 %Ln 张图像后停止，用时 %1 秒（加载模型 %2 秒，之后 %3 张/秒）：%4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %Ln image(s) in %1 s (%2 s loading the model, then %3 images/s): %4.</source>
        <translation>
            <numerusform>已标注 %Ln 张图像，用时 %1 秒（加载模型 %2 秒，之后 %3 张/秒）：%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the row to see the image and its scores under “Try it”.</source>
        <translation>选择此行，在“试一试”中查看图像及其得分。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Files labelled with a lower confidence go to _uncertain/ for a person to check.</source>
        <translation>置信度低于此值的文件放入 _uncertain/，供人工检查。</translation>
    </message>
    <message>
        <source>Images tried</source>
        <translation>已试过的图像</translation>
    </message>
    <message>
        <source>%1 — %2 %3%</source>
        <translation>%1 — %2 %3%</translation>
    </message>
    <message>
        <source>%1 — could not be read</source>
        <translation>%1 — 无法读取</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message numerus="yes">
        <source>Try it: %1 of %Ln image(s) classified</source>
        <translation>
            <numerusform>试一试：已分类 %1 / %Ln 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop classifying; the images done so far are listed</source>
        <translation>停止分类；列出已完成的图片</translation>
    </message>
    <message numerus="yes">
        <source>Try it stopped after %Ln image(s)</source>
        <translation>
            <numerusform>试一试已在 %Ln 张图片后停止</numerusform>
        </translation>
    </message>
    <message>
        <source>No trained model yet: train one (step 3), or choose a model file</source>
        <translation>还没有训练好的模型：请先训练（第 3 步），或选择模型文件</translation>
    </message>
    <message>
        <source>Exported %1, with %2 (its classes and preprocessing) and %3, which classifies images in Python (python3 %3 IMAGE|FOLDER…); in code: torch.jit.load(&apos;%4&apos;)</source>
        <translation>已导出 %1，附带 %2（类别与预处理）和 %3，可在 Python 中分类图像（python3 %3 图像|文件夹…）；在代码中：torch.jit.load(&apos;%4&apos;)</translation>
    </message>
    <message>
        <source>Add to the dataset as…</source>
        <translation>添加到数据集，类别为…</translation>
    </message>
    <message>
        <source>Copy this image into a class folder of the project&apos;s dataset, to train on it next time</source>
        <translation>将此图像复制到项目数据集的某个类别文件夹中，下次训练时使用</translation>
    </message>
    <message>
        <source>Add to the dataset</source>
        <translation>添加到数据集</translation>
    </message>
    <message>
        <source>Open a dataset on the Data step first.</source>
        <translation>请先在“数据”步骤中打开一个数据集。</translation>
    </message>
    <message>
        <source>Copy %1 into the class:</source>
        <translation>将 %1 复制到类别：</translation>
    </message>
    <message>
        <source>%1 is in the dataset already; to change its class, use Move to class on the Evaluate step.</source>
        <translation>%1 已在数据集中；要更改其类别，请在“评估”步骤中使用“移动到类别”。</translation>
    </message>
    <message>
        <source>The dataset has no folder for the class “%1”; add one with Add folder on the Data step.</source>
        <translation>数据集中没有类别“%1”的文件夹；请在“数据”步骤中用“添加文件夹”添加一个。</translation>
    </message>
    <message>
        <source>%1 could not be copied into %2; check that the folder is writable and the disk has room.</source>
        <translation>无法将 %1 复制到 %2；请检查该文件夹是否可写以及磁盘是否有空间。</translation>
    </message>
    <message>
        <source>Added %1 to the dataset as %2 (a copy)</source>
        <translation>已将 %1 作为 %2 添加到数据集（副本）</translation>
    </message>
    <message>
        <source>&amp;Where it looks</source>
        <translation>它在看哪里(&amp;W)</translation>
    </message>
    <message>
        <source>Colour the parts of the picture that made the model choose its class (Grad-CAM): red most, blue least. Click a class&apos;s bar to see where it finds that class instead.</source>
        <translation>为让模型选择其类别的图像部分着色（Grad-CAM）：红色最多，蓝色最少。点击某个类别的条形，可查看它在哪里看到该类别。</translation>
    </message>
    <message>
        <source>Click: where the model sees %1</source>
        <translation>点击：模型在哪里看到 %1</translation>
    </message>
    <message>
        <source>Looking where the model sees %1…</source>
        <translation>正在查找模型在哪里看到 %1…</translation>
    </message>
    <message>
        <source>An exported TorchScript file keeps no layers to look into; choose the run it was exported from to see where the model looks.</source>
        <translation>导出的 TorchScript 文件不保留可供查看的层；请选择导出它的那次训练，以查看模型在看哪里。</translation>
    </message>
    <message>
        <source>Where the model sees %1: red most, blue least (Grad-CAM on %2).</source>
        <translation>模型在哪里看到 %1：红色最多，蓝色最少（在 %2 上的 Grad-CAM）。</translation>
    </message>
    <message>
        <source>No place in the picture speaks for %1: the model chose it because the other classes scored lower still (Grad-CAM on %2).</source>
        <translation>图像中没有任何地方支持 %1：模型选择它，是因为其他类别的得分更低（在 %2 上的 Grad-CAM）。</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>See on the model&apos;s evaluation how many files each threshold labels and how many of them are right</source>
        <translation>根据模型的评估，查看每个阈值会标注多少文件、其中多少正确</translation>
    </message>
    <message numerus="yes">
        <source>%Ln test image(s) of %1</source>
        <translation>
            <numerusform>%1 的 %Ln 张测试图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validation image(s) of %1</source>
        <translation>
            <numerusform>%1 的 %Ln 张验证图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the model&apos;s evaluation: choose a run evaluated on the Evaluate step</source>
        <translation>需要模型的评估：请选择一个已在“评估”步骤中评估过的运行</translation>
    </message>
    <message>
        <source>Evaluate this run (step 4) to see here what a threshold does to its images.</source>
        <translation>评估此运行（第 4 步），即可在此看到阈值对其图片的效果。</translation>
    </message>
    <message>
        <source>On the %1: %2</source>
        <translation>在%1上：%2</translation>
    </message>
    <message>
        <source>Undone %v of %m</source>
        <translation>已撤销 %v / %m</translation>
    </message>
</context>
<context>
    <name>graft::ui::Workspace</name>
    <message>
        <source>The weights file %1 is missing.</source>
        <translation>权重文件 %1 不存在。</translation>
    </message>
    <message>
        <source>No ImageNet weights for %1 yet: download them or import a file on the Model step.</source>
        <translation>尚无 %1 的 ImageNet 权重：请在“模型”步骤中下载，或导入一个文件。</translation>
    </message>
    <message>
        <source>%1 is not inside the project&apos;s dataset or validation folders.</source>
        <translation>%1 不在本项目的数据集或验证文件夹中。</translation>
    </message>
    <message>
        <source>The dataset has no folder for the class “%1”; add one with Add folder on the Data step.</source>
        <translation>数据集中没有类别“%1”的文件夹；请在“数据”步骤中用“添加文件夹”添加一个。</translation>
    </message>
    <message>
        <source>Could not move %1 (check permissions).</source>
        <translation>无法移动 %1（请检查权限）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No-code transfer learning for image classifiers</source>
        <translation>无需编程的图像分类器迁移学习</translation>
    </message>
    <message>
        <source>Open the sample project on this dataset</source>
        <translation>用此数据集打开示例项目</translation>
    </message>
    <message>
        <source>A .graft project, a dataset folder, or class folders</source>
        <translation>.graft 项目、数据集文件夹或类别文件夹</translation>
    </message>
</context>
</TS>

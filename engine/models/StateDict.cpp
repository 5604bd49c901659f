#include "StateDict.h"

#include "core/Error.h"
#include "core/Files.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/script.h>

#include <cstring>
#include <map>
#include <unordered_map>

namespace graft {

namespace {

// ---- A pickle virtual machine for what torch.save writes ----

struct PyObj;
using PyPtr = std::shared_ptr<PyObj>;

struct PyObj
{
    enum Kind { None, Bool, Int, Float, Str, Bytes, Tuple, List, Dict, Global, Object, Tensor, Storage, Mark };
    Kind kind = None;
    bool b = false;
    std::int64_t i = 0;
    double f = 0;
    std::string s;                              // Str, Bytes, Global ("module.name")
    std::vector<PyPtr> items;                   // Tuple, List; Object: [callable, args, state]
    std::vector<std::pair<PyPtr, PyPtr>> dict;  // Dict
    torch::Tensor tensor;                       // Tensor, Storage (1-D, the storage's elements)

    static PyPtr make(Kind k)
    {
        auto p = std::make_shared<PyObj>();
        p->kind = k;
        return p;
    }
};

class PickleError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

using PersistentLoad = std::function<PyPtr(const PyPtr&)>;

class Unpickler
{
public:
    Unpickler(const char* data, std::size_t size, PersistentLoad load)
        : m_p(data), m_end(data + size), m_persistentLoad(std::move(load))
    {
    }

    PyPtr load();
    std::size_t consumed(const char* base) const { return std::size_t(m_p - base); }

private:
    std::uint8_t u8()
    {
        need(1);
        return std::uint8_t(*m_p++);
    }
    std::uint64_t uint(int n)
    {
        need(std::size_t(n));
        std::uint64_t v = 0;
        for (int k = 0; k < n; ++k)
            v |= std::uint64_t(std::uint8_t(m_p[k])) << (8 * k);
        m_p += n;
        return v;
    }
    std::string bytes(std::size_t n)
    {
        need(n);
        std::string s(m_p, n);
        m_p += n;
        return s;
    }
    std::string line()
    {
        const char* nl = static_cast<const char*>(std::memchr(m_p, '\n', std::size_t(m_end - m_p)));
        if (!nl)
            throw PickleError("unterminated text");
        std::string s(m_p, std::size_t(nl - m_p));
        m_p = nl + 1;
        return s;
    }
    void need(std::size_t n)
    {
        if (std::size_t(m_end - m_p) < n)
            throw PickleError("the data ends early");
    }
    PyPtr pop()
    {
        if (m_stack.empty())
            throw PickleError("stack underflow");
        PyPtr v = m_stack.back();
        m_stack.pop_back();
        return v;
    }
    std::vector<PyPtr> popToMark()
    {
        std::vector<PyPtr> items;
        while (!m_stack.empty() && m_stack.back()->kind != PyObj::Mark) {
            items.push_back(m_stack.back());
            m_stack.pop_back();
        }
        if (m_stack.empty())
            throw PickleError("mark not found");
        m_stack.pop_back();
        std::reverse(items.begin(), items.end());
        return items;
    }
    PyPtr reduce(const PyPtr& callable, const PyPtr& args);
    static PyPtr makeInt(std::int64_t v)
    {
        auto p = PyObj::make(PyObj::Int);
        p->i = v;
        return p;
    }
    static PyPtr makeStr(std::string s, PyObj::Kind kind = PyObj::Str)
    {
        auto p = PyObj::make(kind);
        p->s = std::move(s);
        return p;
    }
    PyPtr& top()
    {
        if (m_stack.empty())
            throw PickleError("stack underflow");
        return m_stack.back();
    }

    const char* m_p;
    const char* m_end;
    PersistentLoad m_persistentLoad;
    std::vector<PyPtr> m_stack;
    std::unordered_map<std::uint64_t, PyPtr> m_memo;
};

std::vector<std::int64_t> intsOf(const PyPtr& tuple)
{
    std::vector<std::int64_t> v;
    for (const auto& item : tuple->items)
        v.push_back(item->i);
    return v;
}

PyPtr Unpickler::reduce(const PyPtr& callable, const PyPtr& args)
{
    const std::string name = callable->kind == PyObj::Global ? callable->s : "";
    auto arg = [&](std::size_t k) -> PyPtr {
        if (args->kind != PyObj::Tuple || k >= args->items.size())
            throw PickleError("bad arguments for " + name);
        return args->items[k];
    };
    if (name == "collections.OrderedDict" || name == "builtins.dict" || name == "__builtin__.dict") {
        auto d = PyObj::make(PyObj::Dict);
        if (args->kind == PyObj::Tuple && !args->items.empty() && args->items[0]->kind == PyObj::List)
            for (const auto& pair : args->items[0]->items)
                if (pair->items.size() == 2)
                    d->dict.emplace_back(pair->items[0], pair->items[1]);
        return d;
    }
    if (name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_tensor") {
        const PyPtr storage = arg(0);
        if (storage->kind != PyObj::Storage)
            throw PickleError("tensor without storage");
        auto t = PyObj::make(PyObj::Tensor);
        const auto sizes = intsOf(arg(2));
        const auto strides = intsOf(arg(3));
        // A view on the storage; legacy files fill the storage after the pickle, so no copy yet.
        t->tensor = storage->tensor.as_strided(sizes, strides, arg(1)->i);
        return t;
    }
    if (name == "torch._utils._rebuild_parameter" || name == "torch._utils._rebuild_parameter_with_state")
        return arg(0);
    if (name == "torch._tensor._rebuild_from_type_v2" || name == "torch._tensor._rebuild_from_type")
        return reduce(arg(0), arg(2));
    if (name == "torch._utils._rebuild_qtensor")
        throw PickleError("quantized (int8) tensors are not supported; use a float32 model");
    if (name == "torch._utils._rebuild_sparse_tensor" || name == "torch._utils._rebuild_sparse_csr")
        throw PickleError("sparse tensors are not supported");
    if (name == "builtins.set" || name == "__builtin__.set" || name == "builtins.frozenset") {
        auto l = PyObj::make(PyObj::List);
        if (args->kind == PyObj::Tuple && !args->items.empty())
            l->items = args->items[0]->items;
        return l;
    }
    auto obj = PyObj::make(PyObj::Object);
    obj->items = {callable, args};
    return obj;
}

PyPtr Unpickler::load()
{
    for (;;) {
        const std::uint8_t op = u8();
        switch (op) {
        case 0x80: u8(); break;                 // PROTO
        case 0x95: uint(8); break;              // FRAME
        case '.': return pop();                 // STOP
        case '(': m_stack.push_back(PyObj::make(PyObj::Mark)); break;
        case 'N': m_stack.push_back(PyObj::make(PyObj::None)); break;
        case 0x88:
        case 0x89: {
            auto b = PyObj::make(PyObj::Bool);
            b->b = op == 0x88;
            m_stack.push_back(b);
            break;
        }
        case 'J': m_stack.push_back(makeInt(std::int32_t(uint(4)))); break;
        case 'K': m_stack.push_back(makeInt(u8())); break;
        case 'M': m_stack.push_back(makeInt(std::int64_t(uint(2)))); break;
        case 'I': {
            const std::string s = line();
            if (s == "01" || s == "00") {
                auto b = PyObj::make(PyObj::Bool);
                b->b = s == "01";
                m_stack.push_back(b);
            } else {
                m_stack.push_back(makeInt(std::stoll(s)));
            }
            break;
        }
        case 'L': m_stack.push_back(makeInt(std::stoll(line()))); break;
        case 0x8a:
        case 0x8b: { // LONG1, LONG4: little-endian two's complement
            const std::size_t n = op == 0x8a ? u8() : std::size_t(uint(4));
            const std::string raw = bytes(n);
            std::int64_t v = 0;
            for (std::size_t k = 0; k < std::min<std::size_t>(n, 8); ++k)
                v |= std::int64_t(std::uint8_t(raw[k])) << (8 * k);
            if (n > 0 && n < 8 && (std::uint8_t(raw[n - 1]) & 0x80))
                v -= std::int64_t(1) << (8 * n);
            m_stack.push_back(makeInt(v));
            break;
        }
        case 'G': {
            const std::uint64_t bits = [&] {
                std::uint64_t v = 0;
                for (int k = 0; k < 8; ++k)
                    v = v << 8 | u8();
                return v;
            }();
            auto f = PyObj::make(PyObj::Float);
            std::memcpy(&f->f, &bits, 8);
            m_stack.push_back(f);
            break;
        }
        case 'X': m_stack.push_back(makeStr(bytes(std::size_t(uint(4))))); break;
        case 0x8c: m_stack.push_back(makeStr(bytes(u8()))); break;
        case 0x8d: m_stack.push_back(makeStr(bytes(std::size_t(uint(8))))); break;
        case 'T': m_stack.push_back(makeStr(bytes(std::size_t(uint(4))), PyObj::Bytes)); break;
        case 'U': m_stack.push_back(makeStr(bytes(u8()), PyObj::Bytes)); break;
        case 'B': m_stack.push_back(makeStr(bytes(std::size_t(uint(4))), PyObj::Bytes)); break;
        case 'C': m_stack.push_back(makeStr(bytes(u8()), PyObj::Bytes)); break;
        case 0x8e: m_stack.push_back(makeStr(bytes(std::size_t(uint(8))), PyObj::Bytes)); break;
        case 'V': m_stack.push_back(makeStr(line())); break;
        case ')': m_stack.push_back(PyObj::make(PyObj::Tuple)); break;
        case ']': m_stack.push_back(PyObj::make(PyObj::List)); break;
        case '}': m_stack.push_back(PyObj::make(PyObj::Dict)); break;
        case 0x8f: m_stack.push_back(PyObj::make(PyObj::List)); break; // EMPTY_SET
        case 't': {
            auto t = PyObj::make(PyObj::Tuple);
            t->items = popToMark();
            m_stack.push_back(t);
            break;
        }
        case 0x85:
        case 0x86:
        case 0x87: {
            const int n = op - 0x84;
            auto t = PyObj::make(PyObj::Tuple);
            t->items.resize(std::size_t(n));
            for (int k = n - 1; k >= 0; --k)
                t->items[std::size_t(k)] = pop();
            m_stack.push_back(t);
            break;
        }
        case 'l': {
            auto l = PyObj::make(PyObj::List);
            l->items = popToMark();
            m_stack.push_back(l);
            break;
        }
        case 'd': {
            auto d = PyObj::make(PyObj::Dict);
            auto items = popToMark();
            for (std::size_t k = 0; k + 1 < items.size(); k += 2)
                d->dict.emplace_back(items[k], items[k + 1]);
            m_stack.push_back(d);
            break;
        }
        case 'a': {
            auto v = pop();
            top()->items.push_back(v);
            break;
        }
        case 'e':
        case 0x90: { // APPENDS, ADDITEMS
            auto items = popToMark();
            auto& list = top();
            list->items.insert(list->items.end(), items.begin(), items.end());
            break;
        }
        case 0x91: { // FROZENSET
            auto l = PyObj::make(PyObj::List);
            l->items = popToMark();
            m_stack.push_back(l);
            break;
        }
        case 's': {
            auto v = pop();
            auto k = pop();
            top()->dict.emplace_back(k, v);
            break;
        }
        case 'u': {
            auto items = popToMark();
            auto& d = top();
            for (std::size_t k = 0; k + 1 < items.size(); k += 2)
                d->dict.emplace_back(items[k], items[k + 1]);
            break;
        }
        case 'c': {
            const std::string module = line();
            const std::string name = line();
            m_stack.push_back(makeStr(module + "." + name, PyObj::Global));
            break;
        }
        case 0x93: { // STACK_GLOBAL
            auto name = pop();
            auto module = pop();
            m_stack.push_back(makeStr(module->s + "." + name->s, PyObj::Global));
            break;
        }
        case 'R': {
            auto args = pop();
            auto callable = pop();
            m_stack.push_back(reduce(callable, args));
            break;
        }
        case 0x81: { // NEWOBJ
            auto args = pop();
            auto cls = pop();
            m_stack.push_back(reduce(cls, args));
            break;
        }
        case 'b': { // BUILD: state for the object below; a state_dict's _metadata lands here
            auto state = pop();
            auto& obj = top();
            if (obj->kind == PyObj::Object)
                obj->items.push_back(state);
            break;
        }
        case 'Q': {
            auto pid = pop();
            m_stack.push_back(m_persistentLoad(pid));
            break;
        }
        case 'P': throw PickleError("text persistent ids are not supported");
        case 'q': m_memo[u8()] = top(); break;
        case 'r': m_memo[uint(4)] = top(); break;
        case 0x94: m_memo[m_memo.size()] = top(); break; // MEMOIZE
        case 'h':
        case 'j': {
            const std::uint64_t key = op == 'h' ? u8() : uint(4);
            const auto it = m_memo.find(key);
            if (it == m_memo.end())
                throw PickleError("bad memo reference");
            m_stack.push_back(it->second);
            break;
        }
        case '0': pop(); break;
        case '2': m_stack.push_back(top()); break;
        case '1': popToMark(); break;
        default: {
            char buf[64];
            std::snprintf(buf, sizeof buf, "unsupported pickle opcode 0x%02x", op);
            throw PickleError(buf);
        }
        }
    }
}

c10::ScalarType dtypeOfStorage(const std::string& global)
{
    static const std::map<std::string, c10::ScalarType> types{
        {"torch.FloatStorage", torch::kFloat32},   {"torch.DoubleStorage", torch::kFloat64},
        {"torch.HalfStorage", torch::kFloat16},    {"torch.BFloat16Storage", torch::kBFloat16},
        {"torch.LongStorage", torch::kInt64},      {"torch.IntStorage", torch::kInt32},
        {"torch.ShortStorage", torch::kInt16},     {"torch.CharStorage", torch::kInt8},
        {"torch.ByteStorage", torch::kUInt8},      {"torch.BoolStorage", torch::kBool},
        {"torch.UntypedStorage", torch::kUInt8}};
    const auto it = types.find(global);
    if (it == types.end())
        throw PickleError("unsupported storage type " + global);
    return it->second;
}

// Finds the dictionary of tensors: the top object, or a checkpoint's "state_dict"/"model" entry.
const PyObj* findTensorDict(const PyObj& root)
{
    if (root.kind != PyObj::Dict)
        return nullptr;
    bool anyTensor = false;
    for (const auto& [k, v] : root.dict)
        anyTensor = anyTensor || v->kind == PyObj::Tensor;
    if (anyTensor)
        return &root;
    for (const char* key : {"state_dict", "model_state_dict", "model", "net", "weights"})
        for (const auto& [k, v] : root.dict)
            if (k->kind == PyObj::Str && k->s == key && v->kind == PyObj::Dict)
                if (const PyObj* d = findTensorDict(*v))
                    return d;
    return nullptr;
}

StateDict collect(const PyObj& root, const std::string& path, const std::string& format)
{
    const PyObj* dict = findTensorDict(root);
    if (!dict)
        throw Error(LogMessage{logid::kErrorNoStateDict, {path},
                               path + ": a PyTorch file, but it holds no dictionary of tensors (state_dict); save the "
                                      "model with torch.save(model.state_dict(), path)"});
    StateDict sd;
    sd.format = format;
    for (const auto& [k, v] : dict->dict)
        if (k->kind == PyObj::Str && v->kind == PyObj::Tensor)
            sd.tensors.emplace_back(k->s, v->tensor.contiguous().clone());
    return sd;
}

StateDict readZip(const std::string& path)
{
    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> reader;
    try {
        reader = std::make_unique<caffe2::serialize::PyTorchStreamReader>(path);
    } catch (const c10::Error&) {
        throw Error(LogMessage{logid::kErrorDamagedWeights, {path, "the zip archive cannot be read"},
                               path + ": damaged or incomplete file (the zip archive cannot be read); download or copy it again"});
    }
    if (reader->hasRecord("constants.pkl") || !reader->hasRecord("data.pkl")) {
        // A TorchScript archive: read its parameters and buffers.
        try {
            torch::jit::Module module = torch::jit::load(path, torch::kCPU);
            StateDict sd;
            sd.format = "TorchScript";
            for (const auto& p : module.named_parameters(true))
                sd.tensors.emplace_back(p.name, p.value.detach().clone());
            for (const auto& b : module.named_buffers(true))
                sd.tensors.emplace_back(b.name, b.value.detach().clone());
            return sd;
        } catch (const c10::Error&) {
            throw Error(LogMessage{logid::kErrorNotWeights, {path}, path + ": a zip file but not a PyTorch weights file or TorchScript model"});
        }
    }
    std::map<std::string, PyPtr> storages;
    try {
        const auto [data, size] = reader->getRecord("data.pkl");
        const char* bytes = static_cast<const char*>(data.get());
        Unpickler unpickler(bytes, size, [&](const PyPtr& pid) -> PyPtr {
            if (pid->kind != PyObj::Tuple || pid->items.size() < 5 || pid->items[0]->s != "storage")
                throw PickleError("unexpected persistent id");
            const std::string key = pid->items[2]->s;
            auto& entry = storages[key];
            if (!entry) {
                const auto dtype = dtypeOfStorage(pid->items[1]->s);
                const auto [sdata, ssize] = reader->getRecord("data/" + key);
                const std::int64_t numel = std::int64_t(ssize) / std::int64_t(c10::elementSize(dtype));
                entry = PyObj::make(PyObj::Storage);
                entry->tensor = torch::empty({numel}, torch::TensorOptions().dtype(dtype));
                std::memcpy(entry->tensor.data_ptr(), sdata.get(), std::size_t(numel) * c10::elementSize(dtype));
            }
            return entry;
        });
        return collect(*unpickler.load(), path, "PyTorch zip");
    } catch (const PickleError& e) {
        throw Error(LogMessage{logid::kErrorDamagedWeights, {path, e.what()}, path + ": cannot read the weights (" + e.what() + ")"});
    } catch (const c10::Error& e) {
        throw Error(LogMessage{logid::kErrorDamagedWeights, {path, e.what_without_backtrace()},
                               path + ": damaged file (" + std::string(e.what_without_backtrace()) + "); download or copy it again"});
    }
}

StateDict readLegacy(const std::string& path, const std::string& bytes)
{
    const char* base = bytes.data();
    std::size_t offset = 0;
    std::map<std::string, PyPtr> storages;
    auto noPersistent = [](const PyPtr&) -> PyPtr { throw PickleError("unexpected persistent id"); };
    try {
        auto next = [&](PersistentLoad load) {
            Unpickler u(base + offset, bytes.size() - offset, std::move(load));
            PyPtr v = u.load();
            offset += u.consumed(base + offset);
            return v;
        };
        const PyPtr magic = next(noPersistent);
        if (magic->kind != PyObj::Int) // 0x1950a86a20f9469cfc6c, wider than 64 bits
            throw PickleError("no magic number");
        next(noPersistent); // protocol version
        next(noPersistent); // sys info
        const PyPtr root = next([&](const PyPtr& pid) -> PyPtr {
            if (pid->kind != PyObj::Tuple || pid->items.size() < 5 || pid->items[0]->s != "storage")
                throw PickleError("unexpected persistent id");
            const std::string key = pid->items[2]->s;
            auto& entry = storages[key];
            if (!entry) {
                entry = PyObj::make(PyObj::Storage);
                entry->tensor = torch::empty({pid->items[4]->i},
                                             torch::TensorOptions().dtype(dtypeOfStorage(pid->items[1]->s)));
            }
            if (pid->items.size() > 5 && pid->items[5]->kind == PyObj::Tuple) {
                // A view: (view key, offset, size) into the root storage.
                const auto& view = pid->items[5]->items;
                auto v = PyObj::make(PyObj::Storage);
                v->tensor = entry->tensor.narrow(0, view[1]->i, view[2]->i);
                return v;
            }
            return entry;
        });
        const PyPtr keys = next(noPersistent);
        for (const auto& k : keys->items) {
            if (offset + 8 > bytes.size())
                throw PickleError("the data ends early");
            std::int64_t numel = 0;
            std::memcpy(&numel, base + offset, 8);
            offset += 8;
            auto& storage = storages.at(k->s)->tensor;
            const std::size_t n = std::size_t(numel) * storage.element_size();
            if (offset + n > bytes.size() || numel != storage.numel())
                throw PickleError("the data ends early");
            std::memcpy(storage.data_ptr(), base + offset, n);
            offset += n;
        }
        return collect(*root, path, "PyTorch legacy");
    } catch (const PickleError& e) {
        throw Error(LogMessage{logid::kErrorDamagedWeights, {path, e.what()},
                               path + ": damaged or unsupported legacy PyTorch file (" + e.what() + ")"});
    } catch (const std::out_of_range&) {
        throw Error(LogMessage{logid::kErrorDamagedWeights, {path, "storage missing"}, path + ": damaged legacy PyTorch file (storage missing)"});
    }
}

} // namespace

StateDict readStateDict(const std::string& path)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(LogMessage{logid::kErrorFileNotFound, {path}, path + ": file not found"});
    const auto size = fs::file_size(path, ec);
    if (ec || size == 0)
        throw Error(LogMessage{logid::kErrorEmptyFile, {path}, path + ": empty file; download or copy it again"});
    std::ifstream in(path, std::ios::binary);
    char head[4] = {};
    in.read(head, 4);
    if (std::memcmp(head, "PK\x03\x04", 4) == 0)
        return readZip(path);
    if (std::uint8_t(head[0]) == 0x80 && (head[1] == 2 || head[1] == 3 || head[1] == 4))
        return readLegacy(path, readFile(path));
    throw Error(LogMessage{logid::kErrorNotWeights, {path},
                           path + ": not a PyTorch weights file (expected a .pth/.pt file saved with torch.save or a "
                                  "TorchScript model)"});
}

} // namespace graft

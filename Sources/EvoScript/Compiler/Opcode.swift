// The bytecode instruction set: a stack machine close to CPython's, with
// exception handling by a per-instruction handler table (as CPython 3.11)
// instead of a runtime block stack.

enum Opcode: UInt8 {
    case nop
    case popTop, rotTwo, rotThree, rotFour, dupTop, dupTopTwo
    case loadConst, loadFast, storeFast, deleteFast
    case loadDeref, storeDeref, deleteDeref, loadClosure, loadClassDeref
    case loadGlobal, storeGlobal, deleteGlobal
    case loadName, storeName, deleteName
    case loadAttr, storeAttr, deleteAttr
    /// Pushes (function, self) for a method found on the class, or (attr, unbound marker... see VM).
    case loadMethod, callMethod, callMethodKw
    case binarySubscr, storeSubscr, deleteSubscr, buildSlice
    case unary, binary, inplace, compare, isOp, containsOp
    case jump, popJumpIfFalse, popJumpIfTrue, jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter, forIter
    case buildTuple, buildList, buildSet, buildMap
    case listAppend, setAdd, mapAdd, listExtend, setUpdate, dictUpdate, dictMerge, listToTuple
    case unpackSequence, unpackEx
    case callFunction, callFunctionKw, callFunctionEx
    case makeFunction
    case returnValue
    case yieldValue, yieldFrom, getYieldFromIter, getAwaitable
    case raiseVarargs, reraise, pushExcInfo, popExcept, jumpIfNotExcMatch
    case beforeWith, withExceptStart
    /// PEP 492 (VM/AsyncProtocols.swift): async with / async for.
    case beforeAsyncWith, getAIter, getANext, endAsyncFor
    /// `yield` in an async generator: TOS becomes a wrapped value (Runtime/AsyncGenerator.swift).
    case asyncGenWrap
    case loadBuildClass
    case importName, importFrom, importStar
    case formatValue, buildString
    case printItem, printItemTo, printNewline, printNewlineTo
    case setupAnnotations, loadAssertionError
    /// Replaces TOS with a list of it (used by the print statement's softspace logic: none).
    case deleteSubscrPlaceholder

    var isJump: Bool {
        switch self {
        case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .jumpIfNotExcMatch:
            return true
        default: return false
        }
    }

    /// True when control never falls through to the next instruction.
    var isTerminal: Bool {
        switch self {
        case .jump, .returnValue, .raiseVarargs, .reraise: return true
        default: return false
        }
    }

    /// Net stack effect on the fall-through path.
    func stackEffect(_ arg: Int) -> Int {
        switch self {
        case .nop, .rotTwo, .rotThree, .rotFour, .deleteFast, .deleteDeref, .deleteGlobal, .deleteName,
             .loadAttr, .unary, .getIter, .listToTuple, .jump, .yieldValue, .getYieldFromIter,
             .getAwaitable, .setupAnnotations, .deleteSubscrPlaceholder:
            return 0
        case .popTop: return -1
        case .dupTop: return 1
        case .dupTopTwo: return 2
        case .loadConst, .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal, .loadName,
             .loadBuildClass, .loadAssertionError:
            return 1
        case .storeFast, .storeDeref, .storeGlobal, .storeName: return -1
        case .storeAttr: return -2
        case .deleteAttr: return -1
        case .loadMethod: return 1
        case .callMethod: return -arg - 1
        case .callMethodKw: return -arg - 2
        case .binarySubscr: return -1
        case .storeSubscr: return -3
        case .deleteSubscr: return -2
        case .buildSlice: return -(arg - 1)
        case .binary, .inplace, .compare, .isOp, .containsOp: return -1
        case .popJumpIfFalse, .popJumpIfTrue: return -1
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return -1
        case .forIter: return 1
        case .buildTuple, .buildList, .buildSet: return 1 - arg
        case .buildMap: return 1 - 2 * arg
        case .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge: return -1
        case .mapAdd: return -2
        case .unpackSequence: return arg - 1
        case .unpackEx: return (arg & 0xFF) + (arg >> 8)
        case .callFunction: return -arg
        case .callFunctionKw: return -arg - 1
        case .callFunctionEx: return -1 - (arg & 1)
        case .makeFunction:
            var n = 0
            if arg & 1 != 0 { n += 1 }
            if arg & 2 != 0 { n += 1 }
            if arg & 4 != 0 { n += 1 }
            if arg & 8 != 0 { n += 1 }
            return -n
        case .returnValue: return -1
        case .yieldFrom: return -1
        case .raiseVarargs: return -arg
        case .reraise: return -1
        case .pushExcInfo: return 1
        case .popExcept: return -1
        case .jumpIfNotExcMatch: return -2
        case .beforeWith, .beforeAsyncWith: return 1
        case .getAIter, .asyncGenWrap: return 0
        case .getANext: return 1
        case .endAsyncFor: return -2
        case .withExceptStart: return 1
        case .importName: return -1
        case .importFrom: return 1
        case .importStar: return -1
        case .formatValue: return (arg & 4) != 0 ? -1 : 0
        case .buildString: return 1 - arg
        case .printItem: return -1
        case .printItemTo: return -2
        case .printNewline: return 0
        case .printNewlineTo: return -1
        }
    }
}

/// Arguments of `compare`.
enum CompareKind: Int32 { case lt, le, eq, ne, gt, ge }

/// Bits of `formatValue`'s argument: conversion in the low two bits, 4 = a spec is on the stack.
enum FormatConversion: Int32 { case none = 0, str = 1, repr = 2, ascii = 3 }

/// Arguments of `getAwaitable`: what is awaited, for CPython 3.8's messages
/// about objects without __await__ returned by __aenter__ / __aexit__.
enum AwaitContext: Int32 { case plain = 0, aenter = 1, aexit = 2 }

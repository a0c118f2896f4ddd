# inspect.signature: Parameter and Signature objects, replace, equality, str forms, annotations.
import inspect
from inspect import Parameter, Signature

P = Parameter
params = [P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1, annotation=int),
          P('args', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation='str'), P('kw', P.VAR_KEYWORD)]
sig = Signature(params, return_annotation=list)
print(sig)
print(repr(sig))
print(repr(params[1]), str(params[3]))
print(sig.replace(return_annotation=Signature.empty))
print(sig.replace(parameters=params[:2]))
print(params[1].replace(name='c', default=Parameter.empty))
print(P.POSITIONAL_ONLY, repr(P.KEYWORD_ONLY), P.VAR_KEYWORD.description, int(P.VAR_POSITIONAL))
print(sig == Signature(params, return_annotation=list), sig == sig.replace(return_annotation=None))
print(hash(sig) == hash(Signature(params, return_annotation=list)))
print(Signature(), Signature([P('x', P.KEYWORD_ONLY)]))
print(Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY)]))
for bad in [lambda: Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
            lambda: Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
            lambda: Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]),
            lambda: P('*', P.POSITIONAL_ONLY),
            lambda: P('for', P.POSITIONAL_OR_KEYWORD),
            lambda: print(P('for', P.POSITIONAL_ONLY)),
            lambda: P(5, P.POSITIONAL_ONLY),
            lambda: P('x', 99),
            lambda: P('x', P.VAR_POSITIONAL, default=1),
            lambda: P('x', P.VAR_KEYWORD, default=None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def ann(a: "int", b: list[int] = [], *c: tuple, d: dict = None, **e: "x") -> None: pass
print(inspect.signature(ann))
def ev(x: "int", y: "list[str]") -> "bool": pass
print(inspect.signature(ev, eval_str=True))
print(inspect.signature(ev).parameters['x'].annotation)
import typing
def ty(x: typing.Optional[int], y: typing.List[str]) -> typing.Any: pass
print(inspect.signature(ty))
class Local: pass
def loc(x: Local) -> "Local": pass
print(inspect.signature(loc))
print(list(inspect.signature(lambda a, b=2, *, c: 0).parameters))
print(inspect.signature(lambda: 0).return_annotation is inspect.Signature.empty)
print(Signature.from_callable(ann) == inspect.signature(ann))

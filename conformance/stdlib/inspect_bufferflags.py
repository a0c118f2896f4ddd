# inspect.BufferFlags (PEP 688, 3.12): an IntFlag of the buffer request flags.
import inspect
BF = inspect.BufferFlags
for name in ['SIMPLE', 'WRITABLE', 'FORMAT', 'ND', 'STRIDES', 'C_CONTIGUOUS', 'F_CONTIGUOUS', 'ANY_CONTIGUOUS',
             'INDIRECT', 'CONTIG', 'CONTIG_RO', 'STRIDED', 'STRIDED_RO', 'RECORDS', 'RECORDS_RO', 'FULL',
             'FULL_RO', 'READ', 'WRITE']:
    print(name, int(getattr(BF, name)))
print(BF.WRITABLE | BF.FORMAT, BF(1), BF.FULL & BF.WRITABLE == BF.WRITABLE)
print(isinstance(BF.ND, int), BF.ND == 8, repr(BF.WRITABLE))
print(sorted(inspect.__all__)[:5], 'signature' in inspect.__all__)

// Blazor JS initialiser: when enhanced navigation first reaches a page with charts, load the chart
// initialiser (which then hooks every later navigation itself).
export function afterWebStarted(blazor) {
    blazor.addEventListener('enhancedload', () => {
        if (!window.caCharts && document.querySelector('.ca-echart')) {
            const s = document.createElement('script');
            s.src = '/echarts-init.js';
            document.head.appendChild(s);
        }
    });
}
